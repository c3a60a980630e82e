package org.oas.cim.pipeline.analysis;

import org.oas.cim.pipeline.publish.Column;
import org.oas.cim.pipeline.publish.Table;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps every run's findings tables in the database ({@code findings_<table>}, one row per published row plus
 * the run id), so that analysts query them with SQL; the {@code latest_<table>} views show each phase's last run.
 * The summary table is not stored: it is the indicators and options tables turned sideways.
 */
public class FindingsStore {
    /** Tables whose columns depend on the phase (one per country), kept only as files. */
    static final Set<String> FILE_ONLY = Set.of("summary");

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public FindingsStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void save(long runId, String phase, List<Table> tables) {
        for (Table table : tables) {
            if (FILE_ONLY.contains(table.name())) {
                continue;
            }
            String dbTable = "findings_" + table.name();
            jdbc.update("DELETE FROM " + dbTable + " WHERE run_id = ? AND phase = ?", runId, phase);
            String columns = table.columns().stream().map(Column::name).collect(Collectors.joining(", "));
            String marks = table.columns().stream().map(c -> "?").collect(Collectors.joining(", "));
            List<Object[]> rows = new ArrayList<>();
            for (List<Object> row : table.rows()) {
                Object[] values = new Object[row.size() + 1];
                values[0] = runId;
                for (int i = 0; i < row.size(); i++) {
                    values[i + 1] = databaseValue(row.get(i));
                }
                rows.add(values);
            }
            jdbc.batchUpdate("INSERT INTO " + dbTable + " (run_id, " + columns + ") VALUES (?, " + marks + ")", rows);
        }
        jdbc.update("DELETE FROM phase_run WHERE phase = ?", phase);
        jdbc.update("INSERT INTO phase_run (phase, run_id, published_at) VALUES (?, ?, ?)", phase, runId, Timestamp.from(clock.instant()));
    }

    /** Cells are already what the database takes (numbers as BigDecimal at the published scale), but statuses. */
    private static Object databaseValue(Object value) {
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        return value;
    }
}
