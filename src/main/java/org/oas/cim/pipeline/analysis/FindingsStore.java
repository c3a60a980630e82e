package org.oas.cim.pipeline.analysis;

import org.oas.cim.pipeline.ingest.AnswerColumns;
import org.oas.cim.pipeline.publish.Column;
import org.oas.cim.pipeline.publish.Table;
import org.oas.cim.pipeline.verify.Findings;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
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

    /** The evidence file's columns, as {@link #forEachEvidence} gives them. */
    public static final String[] EVIDENCE_HEADER = {"finding_table", "country", "region", "indicator", "detail", "respondent",
            "stage", "source_type", "file", "sheet", "cell", "value"};

    /** A finding's evidence key (table, country, region, indicator, detail): by country, table, indicator, region, detail. */
    private static final Comparator<String[]> FINDING_ORDER = Stream.of(1, 0, 3, 2, 4)
            .map(column -> Comparator.<String[], String>comparing(row -> row[column], Comparator.nullsFirst(Comparator.naturalOrder())))
            .reduce(Comparator::thenComparing).orElseThrow();
    /** Rows fetched at a time where the database would otherwise send a whole result at once (PostgreSQL's driver). */
    private static final int FETCH_SIZE = 1000;

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;
    private final JdbcClient client;
    private final Clock clock;

    public FindingsStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.client = JdbcClient.create(jdbc);
        this.streaming = new JdbcTemplate(jdbc.getDataSource());
        streaming.setFetchSize(FETCH_SIZE);
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

    /** Forgets the evidence a run's phase had (an earlier attempt of the same step), before it is saved again. */
    void clearEvidence(long runId, String phase) {
        jdbc.update("DELETE FROM evidence WHERE run_id = ? AND phase = ?", runId, phase);
    }

    /**
     * Which answers stand behind the findings of a run's phase, added to what was saved before: the analysis saves one
     * country's at a time, in batches, so that no more than one batch of rows is held.
     */
    void saveEvidence(long runId, String phase, Findings findings) {
        EvidenceBatch batch = new EvidenceBatch(runId, phase);
        findings.indicators().forEach(f -> batch.add("indicators", f.country(), f.region(), f.indicator(), "", f.answerIds()));
        findings.options().forEach(f -> batch.add("options", f.country(), f.region(), f.indicator(), f.option(), f.answerIds()));
        findings.estimates().forEach(f -> batch.add("estimates", f.country(), f.region(), f.indicator(), "", f.answerIds()));
        findings.officialFigures().forEach(f -> batch.add("official_figures", f.country(), null, f.item(), f.agencyType(), f.answerIds()));
        batch.flush();
    }

    /** Evidence rows on their way into the database, sent a batch at a time. */
    private final class EvidenceBatch {
        private static final int SIZE = 1000;
        private final long runId;
        private final String phase;
        private final List<Object[]> rows = new ArrayList<>(SIZE);

        EvidenceBatch(long runId, String phase) {
            this.runId = runId;
            this.phase = phase;
        }

        void add(String table, String country, String region, String indicator, String detail, List<Long> answerIds) {
            for (long answerId : answerIds) {
                rows.add(new Object[] {runId, phase, table, country, region, indicator, detail == null ? "" : detail, answerId});
                if (rows.size() == SIZE) {
                    flush();
                }
            }
        }

        void flush() {
            if (!rows.isEmpty()) {
                jdbc.batchUpdate("""
                        INSERT INTO evidence (run_id, phase, finding_table, country, region, indicator, detail, answer_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", rows);
                rows.clear();
            }
        }
    }

    /** How many evidence rows a run's phase has, or one country or indicator of it (null: not filtered). */
    public long evidenceCount(long runId, String phase, String country, String indicator) {
        Filter filter = Filter.of(runId, phase, country, indicator);
        return client.sql("SELECT COUNT(*) FROM evidence e WHERE " + filter.where()).params(filter.params()).query(Long.class).single();
    }

    /**
     * The evidence rows of a run's phase, or of one country or indicator of it (null: not filtered), with the columns
     * of {@link #EVIDENCE_HEADER}, streamed in a fixed order: by finding (country, table, indicator, region, detail),
     * then as the answers were stored (by file, then row). The findings are few and sorted here rather than by SQL:
     * PostgreSQL orders text by the database's collation (often linguistic) and puts nulls last, H2 by code point with
     * nulls first, and the file must be the same bytes on either. Each finding's rows come from the database in order,
     * so that no more than one fetch of them is held.
     */
    public void forEachEvidence(long runId, String phase, String country, String indicator, Consumer<String[]> row) {
        Filter filter = Filter.of(runId, phase, country, indicator);
        List<String[]> findings = client.sql("SELECT DISTINCT e.finding_table, e.country, e.region, e.indicator, e.detail FROM evidence e WHERE "
                        + filter.where())
                .params(filter.params())
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)})
                .list().stream().sorted(FINDING_ORDER).toList();
        for (String[] finding : findings) {
            List<Object> params = new ArrayList<>(List.of(runId, phase, finding[0], finding[1], finding[3], finding[4]));
            String region = " AND e.region IS NULL";
            if (finding[2] != null) {
                region = " AND e.region = ?";
                params.add(finding[2]);
            }
            streaming.query("""
                            SELECT e.finding_table, e.country, e.region, e.indicator, e.detail, r.pseudonym, r.stage, r.source_type,
                                   f.file_name, a.sheet, a.cell_ref, a.value_kind, a.value_code, a.other_note, a.low_value,
                                   a.high_value, a.approximate, a.count_value, a.date_value, a.month_precision
                            FROM evidence e JOIN answer a ON a.id = e.answer_id JOIN respondent r ON r.id = a.respondent_id
                              JOIN input_file f ON f.id = r.file_id
                            WHERE e.run_id = ? AND e.phase = ? AND e.finding_table = ? AND e.country = ? AND e.indicator = ?
                              AND e.detail = ?""" + region + " ORDER BY r.file_id, a.id",
                    (RowCallbackHandler) rs -> row.accept(new String[] {rs.getString(1), rs.getString(2), nullToEmpty(rs.getString(3)),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), nullToEmpty(rs.getString(8)),
                            rs.getString(9), rs.getString(10), rs.getString(11), ValueText.of(AnswerColumns.read(rs))}),
                    params.toArray());
        }
    }

    /** The evidence of a run's phase, narrowed to a country or an indicator where given. */
    private record Filter(String where, List<Object> params) {
        static Filter of(long runId, String phase, String country, String indicator) {
            List<Object> params = new ArrayList<>(List.of(runId, phase));
            StringBuilder where = new StringBuilder("e.run_id = ? AND e.phase = ?");
            if (country != null) {
                where.append(" AND e.country = ?");
                params.add(country);
            }
            if (indicator != null) {
                where.append(" AND e.indicator = ?");
                params.add(indicator);
            }
            return new Filter(where.toString(), params);
        }
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
