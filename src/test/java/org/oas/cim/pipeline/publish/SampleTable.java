package org.oas.cim.pipeline.publish;

import org.oas.cim.pipeline.verify.Status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** A table with every column type, formula-like text, negative and tiny numbers, accents and empty cells. */
final class SampleTable {
    private SampleTable() {
    }

    static Table create() {
        List<Column> columns = List.of(
                new Column("label", ColumnType.TEXT, "text"),
                new Column("n", ColumnType.INTEGER, "count"),
                new Column("median", ColumnType.DECIMAL, "statistic"),
                new Column("share", ColumnType.SHARE, "share"),
                new Column("open_ended", ColumnType.BOOLEAN, "flag"),
                new Column("status", ColumnType.STATUS, "status"),
                new Column("day", ColumnType.DATE, "date"),
                new Column("at", ColumnType.TIMESTAMP, "instant"));
        return new Table("sample", "Sample", "every type", columns, List.of(
                row("=HYPERLINK(\"http://x\",\"click\")", -5L, -0.25, 5.0 / 7, true, Status.CORROBORATED),
                row("+34 600", 0L, 0.0001, 1.0, false, Status.CONTESTED),
                row("-dash", 1234567L, 1234567.0, 0.0, null, Status.UNCONFIRMED),
                row("@handle", null, null, null, null, Status.STAGE1_ONLY),
                row("\tindented", 3L, 2.75, 0.5, true, Status.STAGE2_ONLY),
                row("\rreturn", 4L, 1e-9, 0.12345, false, Status.NO_DATA),
                row("Sí, \"comillas\"\nsegunda línea", 7L, 127.5, 0.6, true, null),
                row(null, 8L, 3.0, null, null, null)));
    }

    private static List<Object> row(String label, Long n, Double median, Double share, Boolean open, Status status) {
        return Arrays.asList(label, n, median, share, open, status, LocalDate.of(2003, 5, 31), Instant.parse("2026-11-05T10:15:30Z"));
    }
}
