package org.oas.cim.pipeline.consistency;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oas.cim.pipeline.report.Cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A rule written into a copy of jobs/ takes effect on the next command, with no rebuild: rules are data. */
class RuleInACopyOfJobsTest {
    private static final String RULE = ". < 100000";
    private static final String MESSAGE = "More than 100000 victims a year in one country: check the figure.";

    @TempDir
    Path folder;

    @Test
    void aRuleAddedToTheQuestionnaireWarnsOnTheNextValidate() throws IOException {
        Path jobs = copyOfJobs();
        Path file = folder.resolve("CR_survey.csv");
        Files.writeString(file, "Country,Type of respondent,P1,P6\r\nCosta Rica,NGO,Yes,200000\r\nCosta Rica,NGO,Yes,5000\r\n", StandardCharsets.UTF_8);

        Cli.Result before = Cli.run("validate", file.toString(), "--jobs", jobs.toString(), "--phase", "phase-1", "--lang", "en");
        assertThat(before.exit()).isZero();
        assertThat(before.out()).doesNotContain("constraint-error");

        addConstraintToP6(jobs);
        Cli.Result after = Cli.run("validate", file.toString(), "--jobs", jobs.toString(), "--phase", "phase-1", "--lang", "en");
        assertThat(after.exit()).as("a broken rule is a warning: the file is taken").isZero();
        assertThat(after.out()).contains("Warnings on answers that contradict each other:  1",
                "Warning · Sheet CR_survey · D2 · Value found: \"200000\" · constraint-error",
                "Answers that contradict each other in question P6: " + MESSAGE + " Answers read: P6 = 200000.")
                .doesNotContain("· D3 ·");
    }

    /** Writes the rule and its English message into P6's row of the copy's questionnaire.csv. */
    private static void addConstraintToP6(Path jobs) throws IOException {
        Path questionnaire = jobs.resolve("codebooks/questionnaire.csv");
        StringBuilder edited = new StringBuilder();
        for (String line : Files.readAllLines(questionnaire, StandardCharsets.UTF_8)) {
            if (line.startsWith("estimate,P6,")) {
                // The last five columns are constraint and its messages in en, es, pt, nl: all empty for P6.
                assertThat(line).endsWith(",,,,,");
                line = line.substring(0, line.length() - 5) + "," + RULE + "," + MESSAGE + ",,,";
            }
            edited.append(line).append('\n');
        }
        Files.writeString(questionnaire, edited, StandardCharsets.UTF_8);
    }

    private Path copyOfJobs() throws IOException {
        Path copy = folder.resolve("jobs");
        try (Stream<Path> files = Files.walk(Path.of("jobs"))) {
            for (Path source : files.toList()) {
                Path target = copy.resolve(Path.of("jobs").relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        return copy;
    }
}
