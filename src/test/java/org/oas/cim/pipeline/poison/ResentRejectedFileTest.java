package org.oas.cim.pipeline.poison;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oas.cim.pipeline.report.Cli;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The same bytes as a file rejected before are checked again, not told "received before". */
class ResentRejectedFileTest {
    @TempDir
    Path home;

    @Test
    void aRejectedFileSentAgainToTheRightFolderIsTaken() throws Exception {
        Path inbox = home.resolve("inbox");
        // The Dominican Republic took part in phase 1 only: sent to phase 2, no row can be taken.
        PoisonFiles.valid(inbox.resolve("phase-2"));
        assertThat(Cli.run("run", "--home", home.toString(), "--settle", "0s").exit()).isZero();
        assertThat(Files.readString(home.resolve("rejected/phase-2/DO_cuestionarios_2002.csv.report.csv"))).contains("country-not-in-phase");

        PoisonFiles.valid(inbox.resolve("phase-1"));
        Cli.Result again = Cli.run("run", "--home", home.toString(), "--settle", "0s");

        assertThat(again.exit()).as(again.out() + again.err()).isZero();
        assertThat(home.resolve("archive/phase-1/DO_cuestionarios_2002.csv")).exists();
        assertThat(Files.readString(home.resolve("archive/phase-1/DO_cuestionarios_2002.csv.report.csv"))).doesNotContain("duplicate-file");
    }
}
