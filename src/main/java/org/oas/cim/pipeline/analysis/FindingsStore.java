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
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    /** Answer ids of a finding whose respondents are read in one query. */
    private static final int EVIDENCE_CHUNK = 1000;
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
     * evidence.csv follow it).
     */
    void clearEvidence(String phase) {
        jdbc.update("DELETE FROM evidence_finding WHERE phase = ?", phase);
    }

    /**
     * Which answers stand behind some findings of a run's phase, added to what was saved before: the analysis saves
     * each item's as it finds them. A finding's answers are one value of its row ({@link PackedAnswers#packIds}),
     * not a row each: an item of 200,000 respondents was 200,000 rows to write, index and read back in order.
     */
    void saveEvidence(long runId, String phase, Findings findings) {
        EvidenceSave save = new EvidenceSave(runId, phase);
        findings.indicators().forEach(f -> save.add("indicators", f.country(), f.region(), f.indicator(), "", f.answerIds()));
        findings.options().forEach(f -> save.add("options", f.country(), f.region(), f.indicator(), f.option(), f.answerIds()));
        findings.estimates().forEach(f -> save.add("estimates", f.country(), f.region(), f.indicator(), "", f.answerIds()));
        findings.officialFigures().forEach(f -> save.add("official_figures", f.country(), null, f.item(), f.agencyType(), f.answerIds()));
    }

    /**
     * Names a finding of a run's phase with the answers behind it; its id.
     *
     * @param answersOf the finding whose answers it shares (then {@code answerIds} is null), or null
     */
    private long name(long runId, String phase, String table, String country, String region, String indicator, String detail,
                      Long answersOf, List<Long> answerIds) {
        KeyHolder id = new GeneratedKeyHolder();
        client.sql("""
                        INSERT INTO evidence_finding (run_id, phase, finding_table, country, region, indicator, detail, answers_of,
                          answer_ids, answer_count)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(runId, phase, table, country, region, indicator, detail == null ? "" : detail, answersOf,
                        answerIds == null ? null : PackedAnswers.packIds(answerIds), answerIds == null ? 0 : answerIds.size())
                .update(id, "id");
        return id.getKeyAs(Number.class).longValue();
    }

    /** The findings of one save, each named with its answers as it comes. */
    private final class EvidenceSave {
        private final long runId;
        private final String phase;
        /** The answers of the last finding stored with answers of its own, and its id. */
        private List<Long> previousAnswerIds = List.of();
        private long previousFindingId;

        EvidenceSave(long runId, String phase) {
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
                name(runId, phase, table, country, region, indicator, detail, previousFindingId, null);
                return;
            }
            previousFindingId = name(runId, phase, table, country, region, indicator, detail, null, answerIds);
            previousAnswerIds = answerIds;
        }
    }

    /** How many answers stand behind the findings of a run's phase, or one country or indicator of it (null: not filtered). */
    public long evidenceCount(long runId, String phase, String country, String indicator) {
        Filter filter = Filter.of(runId, phase, country, indicator);
        return client.sql("SELECT COALESCE(SUM(s.answer_count), 0) FROM evidence_finding e JOIN evidence_finding s ON s.id = "
                        + ANSWERS_OF + " WHERE " + filter.where())
                .params(filter.params()).query(Long.class).single();
    }

    /**
     * The evidence rows of a run's phase, or of one country or indicator of it (null: not filtered), with the columns
     * of {@link #EVIDENCE_HEADER}, streamed in a fixed order: by finding (country, table, indicator, region, detail),
     * then as the answers were stored (by file, then row, then the respondent's answers in their order). The findings
     * are few and sorted here rather than by SQL: PostgreSQL orders text by the database's collation (often
     * linguistic) and puts nulls last, H2 by code point with nulls first, and the file must be the same bytes on
     * either. Each finding's rows come from the database in order, a chunk of respondents at a time. A finding that shares the answers of another (the options of one
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
        Map<String, List<FileRange>> filesByCountry = new HashMap<>();
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
                List<FileRange> files = filesByCountry.computeIfAbsent(finding.key()[1], c -> filesOf(phase, c));
                forEachAnswer(finding.answersOf(), files, answer -> {
                    row.accept(finding.row(answer));
                    if (sharedByNext) {
                        replay.add(answer);
                    }
                });
            }
        }
    }

    /**
     * The answers a finding names, in stored order (by file, then row): each as its respondent, stage, source type,
     * file, sheet, cell and value. The finding's answer ids are in id order, which is row order within a file but not
     * across files (files ingested side by side take ids in turns): they are read file by file, each file's stretch of
     * them a chunk at a time, the respondents of a chunk in one range of ids.
     */
    private void forEachAnswer(long findingId, List<FileRange> files, Consumer<String[]> answer) {
        long[] answerIds = client.sql("SELECT answer_ids, answer_count FROM evidence_finding WHERE id = ?").param(findingId)
                .query((rs, n) -> PackedAnswers.unpackIds(rs.getBytes(1), rs.getInt(2))).single();
        for (FileRange file : files) {
            int from = firstAtLeast(answerIds, PackedAnswers.answerId(file.lowestRespondent(), 0));
            int to = firstAtLeast(answerIds, PackedAnswers.answerId(file.highestRespondent() + 1, 0));
            for (int start = from; start < to; start += EVIDENCE_CHUNK) {
                int end = Math.min(start + EVIDENCE_CHUNK, to);
                int chunkStart = start;
                // The range alone, not the file: H2 then reads the range by primary key; with the file's id it walked
                // the whole file's respondents for each chunk. Those of other files in the range are passed over here.
                jdbc.query("""
                                SELECT r.id, r.pseudonym, r.stage, r.source_type, r.sheet, r.answers, r.file_id FROM respondent r
                                WHERE r.id BETWEEN ? AND ? ORDER BY r.id""",
                        (RowCallbackHandler) rs -> {
                            if (rs.getLong(7) != file.id()) {
                                return;
                            }
                            long respondent = rs.getLong(1);
                            byte[] packed = rs.getBytes(6);
                            for (int i = firstAtLeast(answerIds, PackedAnswers.answerId(respondent, 0), chunkStart, end);
                                 i < end && PackedAnswers.respondentOf(answerIds[i]) == respondent; i++) {
                                PackedAnswers.Answer stored = PackedAnswers.at(packed, PackedAnswers.positionOf(answerIds[i]));
                                answer.accept(new String[] {rs.getString(2), rs.getString(3), nullToEmpty(rs.getString(4)),
                                        file.name(), rs.getString(5), stored.cellRef(), ValueText.of(stored.value())});
                            }
                        },
                        PackedAnswers.respondentOf(answerIds[start]), PackedAnswers.respondentOf(answerIds[end - 1]));
            }
        }
    }

    /** The files that gave respondents to a country of a phase, in file order, with the range of their respondents' ids. */
    private List<FileRange> filesOf(String phase, String country) {
        return client.sql("""
                        SELECT r.file_id, f.file_name, MIN(r.id), MAX(r.id) FROM respondent r JOIN input_file f ON f.id = r.file_id
                        WHERE r.phase = ? AND r.country = ? GROUP BY r.file_id, f.file_name ORDER BY r.file_id""")
                .params(phase, country)
                .query((rs, n) -> new FileRange(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4))).list();
    }

    private record FileRange(long id, String name, long lowestRespondent, long highestRespondent) {
    }

    /** The index of the first id at least {@code id}, or the array's length. */
    private static int firstAtLeast(long[] ids, long id) {
        return firstAtLeast(ids, id, 0, ids.length);
    }

    /** The index of the first id at least {@code id} among {@code ids[from..to)}, or {@code to}. */
    private static int firstAtLeast(long[] ids, long id, int from, int to) {
        int found = Arrays.binarySearch(ids, from, to, id);
        if (found < 0) {
            return -found - 1;
        }
        while (found > from && ids[found - 1] == id) {
            found--;
        }
        return found;
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
