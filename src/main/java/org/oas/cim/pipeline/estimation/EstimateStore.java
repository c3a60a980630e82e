package org.oas.cim.pipeline.estimation;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.List;

/**
 * The capture-history tables ({@code capture_history}, {@code capture_history_source}): what each run's estimates
 * were made from, kept restricted, and the capture-history files a phase has.
 */
public class EstimateStore {
    private final JdbcTemplate jdbc;
    private final JdbcClient client;

    public EstimateStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.client = JdbcClient.create(jdbc);
    }

    /**
     * A capture-history file that counts for the phase.
     *
     * @param finalPath where it lies, relative to the home folder
     * @param countries the countries its rows were taken for
     * @param rows      its pattern rows taken
     */
    record HistoryFile(long id, String fileName, String finalPath, List<String> countries, long rows) {
    }

    /** The phase's current capture-history files, in the order they arrived. */
    List<HistoryFile> historyFiles(String phase) {
        List<HistoryFile> files = new ArrayList<>();
        client.sql("""
                        SELECT f.id, f.file_name, f.final_path, r.country, COUNT(*) AS taken
                        FROM input_file f JOIN respondent r ON r.file_id = f.id
                        WHERE r.phase = ? AND r.superseded = FALSE AND r.instrument = ? AND f.final_path IS NOT NULL
                        GROUP BY f.id, f.file_name, f.final_path, r.country
                        ORDER BY f.id, r.country""")
                .params(phase, PhaseEstimates.CAPTURE_HISTORIES)
                .query(rs -> {
                    long id = rs.getLong("id");
                    HistoryFile last = files.isEmpty() ? null : files.get(files.size() - 1);
                    if (last != null && last.id() == id) {
                        List<String> countries = new ArrayList<>(last.countries());
                        countries.add(rs.getString("country"));
                        files.set(files.size() - 1, new HistoryFile(id, last.fileName(), last.finalPath(), countries,
                                last.rows() + rs.getLong("taken")));
                    } else {
                        files.add(new HistoryFile(id, rs.getString("file_name"), rs.getString("final_path"),
                                List.of(rs.getString("country")), rs.getLong("taken")));
                    }
                });
        return files;
    }

    /** Keeps the capture histories and the lists and files behind one estimate of a run. */
    void save(long runId, String phase, SourcedHistories histories) {
        String country = histories.country();
        String year = histories.year();
        List<Object[]> cells = new ArrayList<>();
        for (int pattern = 1; pattern < 1 << histories.table().listCount(); pattern++) {
            cells.add(new Object[] {runId, phase, country, year, SourcedHistories.patternText(pattern, histories.table().listCount()),
                    histories.table().count(pattern)});
        }
        jdbc.batchUpdate("INSERT INTO capture_history (run_id, phase, country, year_text, pattern, people) VALUES (?, ?, ?, ?, ?, ?)",
                cells);
        List<Object[]> sources = new ArrayList<>();
        for (SourcedHistories.Source source : histories.sources()) {
            sources.add(new Object[] {runId, phase, country, year, source.position(), source.list(), source.fileId(), source.rows()});
        }
        jdbc.batchUpdate("""
                INSERT INTO capture_history_source (run_id, phase, country, year_text, list_position, list_name, file_id, rows_taken)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", sources);
    }

    /** The columns {@link #sources} gives. */
    public static final String[] SOURCES_HEADER = {"year", "list_position", "list", "file", "placed_at", "rows"};

    /** The lists and files behind a country's population estimates in a run, by year and list. */
    public List<String[]> sources(long runId, String phase, String country) {
        return client.sql("""
                        SELECT s.year_text, s.list_position, s.list_name, f.file_name, f.final_path, s.rows_taken
                        FROM capture_history_source s JOIN input_file f ON f.id = s.file_id
                        WHERE s.run_id = ? AND s.phase = ? AND s.country = ?
                        ORDER BY s.year_text, s.list_position, f.id""")
                .params(runId, phase, country)
                .query((rs, n) -> new String[] {rs.getString(1), Integer.toString(rs.getInt(2) + 1), rs.getString(3), rs.getString(4),
                        rs.getString(5), Long.toString(rs.getLong(6))})
                .list();
    }

    /** Forgets what an earlier attempt of the same run kept for the phase (a restarted run saves again). */
    void clear(long runId, String phase) {
        jdbc.update("DELETE FROM capture_history WHERE run_id = ? AND phase = ?", runId, phase);
        jdbc.update("DELETE FROM capture_history_source WHERE run_id = ? AND phase = ?", runId, phase);
    }
}
