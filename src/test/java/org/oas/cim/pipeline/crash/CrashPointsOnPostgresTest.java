package org.oas.cim.pipeline.crash;

import org.oas.cim.pipeline.RunsInChildJvms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.oas.cim.pipeline.postgres.PostgresTestDatabase;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link CrashPointsOnH2Test}'s drill on PostgreSQL, each home with a schema of its own. */
@ExtendWith(PostgresTestDatabase.IfConfigured.class)
@RunsInChildJvms
class CrashPointsOnPostgresTest {
    @TempDir
    Path base;

    @Test
    void aRunCrashedAtAnyPointIsFinishedByTheNextRun() throws Exception {
        PostgresTestDatabase postgres = PostgresTestDatabase.fromEnvironment();
        Map<Path, String> schemas = new ConcurrentHashMap<>();
        CrashDrill.Database database = new CrashDrill.Database() {
            @Override
            public List<String> options(Path home) throws Exception {
                return postgres.options(schema(home));
            }

            @Override
            public Connection connect(Path home) throws Exception {
                return postgres.connect(schema(home));
            }

            /** Synchronized: the drill's points run side by side, each wanting a schema of its own. */
            private synchronized String schema(Path home) throws Exception {
                String url = schemas.get(home);
                if (url == null) {
                    url = postgres.freshSchema("crash_" + schemas.size());
                    schemas.put(home, url);
                }
                return url;
            }
        };

        CrashDrill.Outcome outcome = new CrashDrill(base, database, List.of("run")).run("run", true, 0);

        System.out.printf("crash points covered on PostgreSQL: %d of %d %s%n", outcome.covered().size(), outcome.steps().size(),
                outcome.covered());
        assertThat(outcome.covered()).hasSizeGreaterThanOrEqualTo(6);
    }
}
