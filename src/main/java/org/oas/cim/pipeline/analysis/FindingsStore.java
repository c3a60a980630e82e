package org.oas.cim.pipeline.analysis;

import org.oas.cim.pipeline.ingest.AnswerColumns;
import org.oas.cim.pipeline.publish.Column;
import org.oas.cim.pipeline.publish.Table;
import org.oas.cim.pipeline.verify.Findings;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The findings tables, the evidence behind them and the run that last published each phase. Every run's findings
 * are kept ({@code findings_<table>}, one row per published row plus the run id), so that analysts query them with
 * SQL; the {@code latest_<table>} views show each phase's last run. The summary table is not stored: it is the
 * indicators and options tables turned sideways. The evidence (restricted) names the answers behind every finding.
 */
public class FindingsStore {
    /** Tables whose columns depend on the phase (one per country), kept only as files. */
    static final Set<String> FILE_ONLY = Set.of("summary");

    /** The evidence file's columns, as {@link #evidence} gives them. */
    public static final String[] EVIDENCE_HEADER = {"finding_table", "country", "region", "indicator", "detail", "respondent",
            "stage", "source_type", "file", "sheet", "cell", "value"};

    /**
     * Country, table, indicator, region, detail, file, sheet, cell, then every other column. Sorted here rather than
     * by SQL: PostgreSQL orders text by the database's collation (often linguistic) and puts nulls last, H2 by
     * code point with nulls first, and the file must be the same bytes on either.
     */
    private static final Comparator<String[]> EVIDENCE_ORDER = Stream.of(1, 0, 3, 2, 4, 8, 9, 10, 5, 6, 7, 11)
            .map(column -> Comparator.<String[], String>comparing(row -> row[column], Comparator.nullsFirst(Comparator.naturalOrder())))
            .reduce(Comparator::thenComparing).orElseThrow();

    private final JdbcTemplate jdbc;
    private final JdbcClient client;
    private final Clock clock;

    public FindingsStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.client = JdbcClient.create(jdbc);
        this.clock = clock;
    }

    void save(long runId, String phase, List<Table> tables) {
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

    /** The run that last published the phase, if any. */
    public Optional<Long> lastRun(String phase) {
        return client.sql("SELECT run_id FROM phase_run WHERE phase = ?").param(phase).query(Long.class).optional();
    }

    /** Which answers stand behind every finding of a run's phase. */
    void saveEvidence(long runId, String phase, Findings findings) {
        jdbc.update("DELETE FROM evidence WHERE run_id = ? AND phase = ?", runId, phase);
        List<Object[]> rows = new ArrayList<>();
        findings.indicators().forEach(f -> addEvidence(rows, runId, phase, "indicators", f.country(), f.region(), f.indicator(), "", f.answerIds()));
        findings.options().forEach(f -> addEvidence(rows, runId, phase, "options", f.country(), f.region(), f.indicator(), f.option(), f.answerIds()));
        findings.estimates().forEach(f -> addEvidence(rows, runId, phase, "estimates", f.country(), f.region(), f.indicator(), "", f.answerIds()));
        findings.officialFigures().forEach(f -> addEvidence(rows, runId, phase, "official_figures", f.country(), null, f.item(), f.agencyType(), f.answerIds()));
        jdbc.batchUpdate("""
                INSERT INTO evidence (run_id, phase, finding_table, country, region, indicator, detail, answer_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    private static void addEvidence(List<Object[]> rows, long runId, String phase, String table, String country, String region,
                                    String indicator, String detail, List<Long> answerIds) {
        for (long answerId : answerIds) {
            rows.add(new Object[] {runId, phase, table, country, region, indicator, detail == null ? "" : detail, answerId});
        }
    }

    /**
     * The evidence rows of a run's phase, or of one country or indicator of it (null: not filtered), in a fixed
     * order, with the columns of {@link #EVIDENCE_HEADER}.
     */
    public List<String[]> evidence(long runId, String phase, String country, String indicator) {
        List<Object> params = new ArrayList<>(List.of(runId, phase));
        StringBuilder filter = new StringBuilder();
        if (country != null) {
            filter.append(" AND e.country = ?");
            params.add(country);
        }
        if (indicator != null) {
            filter.append(" AND e.indicator = ?");
            params.add(indicator);
        }
        return client.sql("""
                        SELECT e.finding_table, e.country, e.region, e.indicator, e.detail, r.pseudonym, r.stage, r.source_type,
                               f.file_name, a.sheet, a.cell_ref, a.value_kind, a.value_code, a.other_note, a.low_value,
                               a.high_value, a.approximate, a.count_value, a.date_value, a.month_precision
                        FROM evidence e JOIN answer a ON a.id = e.answer_id JOIN respondent r ON r.id = a.respondent_id
                          JOIN input_file f ON f.id = r.file_id
                        WHERE e.run_id = ? AND e.phase = ?""" + filter)
                .params(params)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), nullToEmpty(rs.getString(3)), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), nullToEmpty(rs.getString(8)), rs.getString(9),
                        rs.getString(10), rs.getString(11), ValueText.of(AnswerColumns.read(rs))})
                .list().stream().sorted(EVIDENCE_ORDER).toList();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** Cells are already what the database takes (numbers as BigDecimal at the published scale), but statuses. */
    private static Object databaseValue(Object value) {
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        return value;
    }
}
