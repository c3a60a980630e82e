package org.oas.cim.pipeline.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oas.cim.pipeline.codebook.JobsFolder;
import org.oas.cim.pipeline.report.Cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each way an operator's setup can be wrong gives one line on the terminal naming what to fix (the file and line
 * of jobs/), exit code 2, and the full trace in the log only.
 */
class BrokenSetupTest {
    @TempDir
    Path base;

    Path home;
    Path jobs;

    @BeforeEach
    void copyTheBuiltInJobs() throws IOException {
        home = base.resolve("home");
        jobs = base.resolve("jobs");
        JobsFolder.builtIn().copyTo(jobs);
    }

    @Test
    void aMissingFileIsNamed() throws IOException {
        Files.delete(jobs.resolve("reference/vocabulary.csv"));

        assertOneLine(status(), jobs.resolve("reference/vocabulary.csv") + ": missing");
    }

    @Test
    void invalidYamlIsNamedWithItsLine() throws IOException {
        Files.writeString(jobs.resolve("phases.yml"), "phases:\n  - id: phase-1\n    countries: [BZ, CR\n  - id: x\n");

        assertOneLine(status(), jobs.resolve("phases.yml") + " line 4: not valid YAML");
    }

    @Test
    void invalidCsvIsNamedWithItsLine() throws IOException {
        Path choices = jobs.resolve("codebooks/choices.csv");
        Files.writeString(choices, Files.readString(choices) + "yes_no,\"maybe,Maybe\n");

        assertOneLine(status(), choices + " line ");
        assertThat(status().err()).contains("not valid CSV");
    }

    @Test
    void aCountryCodeNoListKnowsIsNamedWithItsLine() throws IOException {
        Path phases = jobs.resolve("phases.yml");
        String yaml = Files.readString(phases);
        int line = (int) yaml.substring(0, yaml.indexOf("BZ")).lines().count();
        Files.writeString(phases, yaml.replaceFirst("BZ", "QQ"));

        assertOneLine(status(), phases + " line " + line + ": the country code 'QQ' is not in reference/countries.csv");
    }

    @Test
    void aChoiceListNobodyDefinesIsNamedWithItsLine() throws IOException {
        Path questionnaire = jobs.resolve("codebooks/questionnaire.csv");
        String csv = Files.readString(questionnaire);
        String firstSelect = csv.lines().filter(l -> l.startsWith("select_one ")).findFirst().orElseThrow();
        int line = csv.lines().toList().indexOf(firstSelect) + 1;
        String list = firstSelect.split("[ ,]")[1];
        Files.writeString(questionnaire, csv.replace(firstSelect, firstSelect.replaceFirst(list, "no_such_list")));

        assertOneLine(status(), questionnaire + " line " + line + ": the choice list 'no_such_list' is not defined in codebooks/choices.csv");
    }

    @Test
    void anUnreachableDatabaseIsSaidInOneLine() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Cli.Result result = Cli.run("status", "--home", home.toString(), "--db-url", "jdbc:postgresql://127.0.0.1:" + closedPort + "/pipeline",
                "--db-user", "nobody", "--db-password", "none");

        assertOneLine(result, "cannot reach the database: ");
    }

    @Test
    void aHomeFolderThatCannotBeWrittenIsSaidInOneLine() throws IOException {
        Path file = Files.writeString(base.resolve("a-file"), "not a folder");

        Cli.Result result = Cli.run("status", "--home", file.resolve("home").toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err().lines()).singleElement().asString().startsWith("cannot write " + file);
    }

    @Test
    void aPortInUseIsSaidInOneLine() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String url = "jdbc:h2:file:" + home.resolve("data/pipeline") + ";AUTO_SERVER=TRUE;AUTO_SERVER_PORT=" + taken.getLocalPort();
            Cli.Result result = Cli.run("status", "--home", home.toString(), "--db-url", url, "--db-user", "sa", "--db-password", "");

            assertOneLine(result, "a port is in use by another program: ");
        }
    }

    private Cli.Result status() {
        return Cli.run("status", "--home", home.toString(), "--jobs", jobs.toString());
    }

    private void assertOneLine(Cli.Result result, String start) throws IOException {
        assertThat(result.exit()).as(result.err()).isEqualTo(2);
        assertThat(result.err().lines()).as(result.err()).singleElement().asString().contains(start);
        assertThat(result.err()).doesNotContain("\tat ").doesNotContain("Caused by");
        assertThat(result.out()).doesNotContain("\tat ");
        Path log = home.resolve("logs/pipeline.log");
        assertThat(Files.readString(log, StandardCharsets.UTF_8)).as("the trace is in the log").contains("\tat ");
    }
}
