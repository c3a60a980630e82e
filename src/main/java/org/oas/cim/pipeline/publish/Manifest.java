package org.oas.cim.pipeline.publish;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The provenance of a published phase: the run that made it, when, with which settings, from which input files.
 * Published as {@code manifest.csv}, one row per input file (by name) with the run's columns repeated, or a single
 * row with empty file columns where the run used none. Its run time is the only thing in a phase's files that
 * differs between two runs on the same inputs.
 *
 * @param runId   the run's id (the job execution's, for example)
 * @param runTime when the run started
 * @param inputs  the input files used
 */
public record Manifest(String runId, Instant runTime, List<UsedFile> inputs) {
    public static final String FILE_NAME = "manifest.csv";
    static final String TABLE_NAME = "manifest";

    public Manifest {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(runTime, "runTime");
        inputs = inputs.stream().sorted(Comparator.comparing(UsedFile::name).thenComparing(UsedFile::sha256)).toList();
    }

    Table table(String phase, PublishSettings settings) {
        List<Column> columns = List.of(
                new Column("run_id", ColumnType.TEXT, ""),
                new Column("run_time", ColumnType.TIMESTAMP, ""),
                new Column("phase", ColumnType.TEXT, ""),
                new Column("language", ColumnType.TEXT, ""),
                new Column("disclosure_k", ColumnType.INTEGER, ""),
                new Column("file", ColumnType.TEXT, ""),
                new Column("sha256", ColumnType.TEXT, ""),
                new Column("rows_taken", ColumnType.INTEGER, ""));
        List<List<Object>> rows = new ArrayList<>();
        for (UsedFile input : inputs) {
            rows.add(row(phase, settings, input.name(), input.sha256(), input.rowsTaken()));
        }
        if (rows.isEmpty()) {
            rows.add(row(phase, settings, null, null, null));
        }
        return new Table(TABLE_NAME, "", "", columns, rows);
    }

    private List<Object> row(String phase, PublishSettings settings, String file, String sha256, Long rowsTaken) {
        return Arrays.asList(runId, runTime, phase, settings.language(), settings.k(), file, sha256, rowsTaken);
    }
}
