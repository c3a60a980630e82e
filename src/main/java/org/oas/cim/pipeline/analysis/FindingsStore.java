package org.oas.cim.pipeline.analysis;

import org.oas.cim.pipeline.ingest.PackedAnswers;
import org.oas.cim.pipeline.publish.Column;
import org.oas.cim.pipeline.publish.Table;
import org.oas.cim.pipeline.verify.Findings;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

import java.nio.file.Path;
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
    /** The finding whose rows name a finding's answers: the one it shares them with, else itself. */
    private static final String ANSWERS_OF = "COALESCE(e.answers_of, e.id)";
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

    /**
     * Forgets the evidence a phase had, before a run saves its own: only the latest publication's is kept (trace and
     * evidence.csv follow it), as it takes about as much room as the answers themselves.
     */
    void clearEvidence(String phase) {
        jdbc.update("DELETE FROM finding_evidence WHERE finding_id IN (SELECT id FROM evidence_finding WHERE phase = ?)", phase);
        jdbc.update("DELETE FROM evidence_finding WHERE phase = ?", phase);
    }

    /**
     * Which answers stand behind some findings of a run's phase, added to what was saved before: the analysis saves
     * each item's as it finds them, in batches, so that no more than one batch of rows is held.
     */
    void saveEvidence(long runId, String phase, Findings findings) {
        EvidenceBatch batch = new EvidenceBatch(runId, phase);
        findings.indicators().forEach(f -> batch.add("indicators", f.country(), f.region(), f.indicator(), "", f.answerIds()));
        findings.options().forEach(f -> batch.add("options", f.country(), f.region(), f.indicator(), f.option(), f.answerIds()));
        findings.estimates().forEach(f -> batch.add("estimates", f.country(), f.region(), f.indicator(), "", f.answerIds()));
        findings.officialFigures().forEach(f -> batch.add("official_figures", f.country(), null, f.item(), f.agencyType(), f.answerIds()));
        batch.flush();
    }

    /** Names a finding of a run's phase; its id. {@code answersOf}: the finding whose answers it shares, or null. */
    private long name(long runId, String phase, String table, String country, String region, String indicator, String detail,
                      Long answersOf) {
        KeyHolder id = new GeneratedKeyHolder();
        client.sql("""
                        INSERT INTO evidence_finding (run_id, phase, finding_table, country, region, indicator, detail, answers_of)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(runId, phase, table, country, region, indicator, detail == null ? "" : detail, answersOf).update(id, "id");
        return id.getKeyAs(Number.class).longValue();
    }

    /** Evidence rows on their way into the database, sent a batch at a time. */
    private final class EvidenceBatch {
        private static final int SIZE = 1000;
        private final long runId;
        private final String phase;
        private final List<Object[]> rows = new ArrayList<>(SIZE);
        /** The answers of the last finding stored with rows of its own, and its id. */
        private List<Long> previousAnswerIds = List.of();
        private long previousFindingId;

        EvidenceBatch(long runId, String phase) {
            this.runId = runId;
            this.phase = phase;
        }

        /**
         * A finding and the answers behind it; one with none is not named. Where they are the answers of the finding
         * added just before (the options of one item), it names that finding instead of storing them again.
         */
        void add(String table, String country, String region, String indicator, String detail, List<Long> answerIds) {
            if (answerIds.isEmpty()) {
                return;
            }
            if (answerIds.equals(previousAnswerIds)) {
                name(runId, phase, table, country, region, indicator, detail, previousFindingId);
                return;
            }
            long findingId = name(runId, phase, table, country, region, indicator, detail, null);
            previousAnswerIds = answerIds;
            previousFindingId = findingId;
            for (long answerId : answerIds) {
                rows.add(new Object[] {findingId, answerId});
                if (rows.size() == SIZE) {
                    flush();
                }
            }
        }

        void flush() {
            if (!rows.isEmpty()) {
                jdbc.batchUpdate("INSERT INTO finding_evidence (finding_id, answer_id) VALUES (?, ?)", rows);
                rows.clear();
            }
        }
    }

    /** How many answers stand behind the findings of a run's phase, or one country or indicator of it (null: not filtered). */
    public long evidenceCount(long runId, String phase, String country, String indicator) {
        Filter filter = Filter.of(runId, phase, country, indicator);
        return client.sql("SELECT COUNT(*) FROM evidence_finding e JOIN finding_evidence x ON x.finding_id = " + ANSWERS_OF + " WHERE "
                        + filter.where())
                .params(filter.params()).query(Long.class).single();
    }

    /**
     * The evidence rows of a run's phase, or of one country or indicator of it (null: not filtered), with the columns
     * of {@link #EVIDENCE_HEADER}, streamed in a fixed order: by finding (country, table, indicator, region, detail),
     * then as the answers were stored (by file, then row). The findings are few and sorted here rather than by SQL:
     * PostgreSQL orders text by the database's collation (often linguistic) and puts nulls last, H2 by code point with
     * nulls first, and the file must be the same bytes on either. Each finding's rows come from the database in order,
     * so that no more than one fetch of them is held. A finding that shares the answers of another (the options of one
     * item) lists them as its own: where such findings come one after another, the first one's rows are kept in a
     * temporary file in {@code spillFolder} and listed again from there.
     */
    public void forEachEvidence(long runId, String phase, String country, String indicator, Path spillFolder, Consumer<String[]> row) {
        Filter filter = Filter.of(runId, phase, country, indicator);
        List<Finding> findings = client.sql("SELECT " + ANSWERS_OF + ", e.finding_table, e.country, e.region, e.indicator, e.detail "
                        + "FROM evidence_finding e WHERE " + filter.where())
                .params(filter.params())
                .query((rs, n) -> new Finding(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6)}))
                .list().stream().sorted(Comparator.comparing(Finding::key, FINDING_ORDER)).toList();
        try (EvidenceReplay replay = new EvidenceReplay(spillFolder)) {
            long replayable = -1;
            for (int i = 0; i < findings.size(); i++) {
                Finding finding = findings.get(i);
                if (finding.answersOf() == replayable) {
                    replay.forEach(answer -> row.accept(finding.row(answer)));
                    continue;
                }
                boolean sharedByNext = i + 1 < findings.size() && findings.get(i + 1).answersOf() == finding.answersOf();
                if (sharedByNext) {
                    replay.restart();
                    replayable = finding.answersOf();
                }
                forEachAnswer(finding.answersOf(), answer -> {
                    row.accept(finding.row(answer));
                    if (sharedByNext) {
                        replay.add(answer);
                    }
                });
            }
        }
    }

    /**
     * The answers a finding's evidence rows name, in stored order (by file, then row): each as its respondent, stage,
     * source type, file, sheet, cell and value.
     */
    private void forEachAnswer(long findingId, Consumer<String[]> answer) {
        jdbc.query("""
                        SELECT r.pseudonym, r.stage, r.source_type, f.file_name, r.sheet, r.answers, x.answer_id
                        FROM finding_evidence x JOIN respondent r ON r.id = """ + PackedAnswers.respondentOfSql("x.answer_id") + """
                          JOIN input_file f ON f.id = r.file_id
                        WHERE x.finding_id = ?
                        ORDER BY r.file_id, x.answer_id""",
                (RowCallbackHandler) rs -> {
                    PackedAnswers.Answer stored = PackedAnswers.unpack(rs.getBytes(6))
                            .get(PackedAnswers.positionOf(rs.getLong(7)));
                    answer.accept(new String[] {rs.getString(1), rs.getString(2), nullToEmpty(rs.getString(3)),
                            rs.getString(4), rs.getString(5), stored.cellRef(), ValueText.of(stored.value())});
                },
                findingId);
    }

    /** A finding with answers behind it: the finding whose rows name them, and table, country, region, indicator and detail. */
    private record Finding(long answersOf, String[] key) {
        /** An evidence row: the finding's key, then one answer's respondent, stage, source type, file, sheet, cell and value. */
        String[] row(String[] answer) {
            String[] row = new String[5 + answer.length];
            row[0] = key[0];
            row[1] = key[1];
            row[2] = nullToEmpty(key[2]);
            row[3] = key[3];
            row[4] = key[4];
            System.arraycopy(answer, 0, row, 5, answer.length);
            return row;
        }
    }

    /** The findings of a run's phase, narrowed to a country or an indicator where given. */
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
