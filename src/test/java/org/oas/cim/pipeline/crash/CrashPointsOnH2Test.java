package org.oas.cim.pipeline.crash;

import org.oas.cim.pipeline.RunsInChildJvms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@code run} of the samples crashed at deterministic crash points on the H2 file database, each followed by a plain
 * {@code run}: the home ends as an uninterrupted run leaves it ({@link CrashDrill}).
 */
@RunsInChildJvms
class CrashPointsOnH2Test {
    @TempDir
    Path base;

    @Test
    void aRunCrashedAtAnyPointIsFinishedByTheNextRun() throws Exception {
        CrashDrill.Outcome outcome = new CrashDrill(base, h2(), List.of("run")).run("run", true, 1);

        System.out.printf("crash points covered on H2: %d of %d %s%n", outcome.covered().size(), outcome.steps().size(), outcome.covered());
        assertThat(outcome.covered()).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void anIngestCrashedAtAnyPointIsFinishedByTheNextIngest() throws Exception {
        CrashDrill.Outcome outcome = new CrashDrill(base, h2(), List.of("ingest")).run("ingest", false, 0);

        System.out.printf("crash points of ingest covered on H2: %d of %d %s%n", outcome.covered().size(), outcome.steps().size(),
                outcome.covered());
        assertThat(outcome.covered()).hasSizeGreaterThanOrEqualTo(3);
    }

    static CrashDrill.Database h2() {
        return new CrashDrill.Database() {
            @Override
            public List<String> options(Path home) {
                return List.of();
            }

            @Override
            public Connection connect(Path home) throws Exception {
                return DriverManager.getConnection("jdbc:h2:file:" + home.resolve("data/pipeline").toAbsolutePath()
                        + ";NON_KEYWORDS=VALUE,YEAR;IFEXISTS=TRUE", "sa", "");
            }
        };
    }
}
