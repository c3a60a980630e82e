package org.oas.cim.pipeline.analysis;

import org.oas.cim.pipeline.consistency.ConsistencyCheck;
import org.oas.cim.pipeline.ingest.PackedAnswers;
import org.oas.cim.pipeline.issue.IssueCode;
import org.oas.cim.pipeline.publish.QualityCounts;
import org.oas.cim.pipeline.publish.UsedFile;
import org.oas.cim.pipeline.system.StreamingReads;
import org.oas.cim.pipeline.verify.CountryAnswers;
import org.oas.cim.pipeline.verify.VerifiableAnswer;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What ingest stored about a phase, as the analysis reads it: the answers that count (those of respondents whose file
 * has not been replaced by a revision), the files used, and the quality counts.
 */
class PhaseInputStore {
    /** The stored args of a broken rule's issue: the item's code, then the rule marker, then the rest (joined by U+001F). */
    private static final String BROKEN_RULE_ARGS = "%\u001f" + ConsistencyCheck.RULE + "\u001f%";

    private final JdbcClient jdbc;
    /** For the reads on a thread of their own ({@link StreamingReads}). */
    private final TransactionTemplate readOnly;

    public PhaseInputStore(JdbcClient jdbc, PlatformTransactionManager tx) {
        this.jdbc = jdbc;
        this.readOnly = StreamingReads.transaction(tx);
    }

    /**
     * The countries with current respondents in the phase, by code. Only the two stages are cross-verified: victim lists
     * and capture histories (stage 3) are estimated from, not verified.
     */
    public List<String> countries(String phase) {
        return jdbc.sql("SELECT DISTINCT country FROM respondent WHERE phase = ? AND superseded = FALSE AND stage IN (1, 2) ORDER BY country")
                .param(phase).query(String.class).list();
    }

    /** One country's current answers in the phase, read from the database an item or item group at a time. */
    public CountryAnswers countryAnswers(String phase, String country) {
        return new StoredCountryAnswers(phase, country);
    }

    /** The respondents that count in a country of a phase: current, of the two verified stages. */
    private static final String COUNTRY_RESPONDENTS = "r.phase = ? AND r.country = ? AND r.superseded = FALSE AND r.stage IN (1, 2)";

    private final class StoredCountryAnswers implements CountryAnswers {
        private final String phase;
        private final String country;
        private RespondentIds respondentIds;

        StoredCountryAnswers(String phase, String country) {
            this.phase = phase;
            this.country = country;
        }

        @Override
        public String country() {
            return country;
        }

        /**
         * The answers to the items, in no particular order: the caller keeps one per respondent and sorts those
         * ({@link CountryAnswers#answersTo}), so an ORDER BY here would only make the database sort a country's
         * respondents on disk for nothing. One pass over the country's respondents reads every item asked for, each
         * respondent's answers to other items skipped undecoded ({@link PackedAnswers}). The respondents are read in
         * two halves side by side, the lower on a thread of its own (reading is most of the cross-verification's
         * time, and the database's work on one query uses one core).
         */
        @Override
        public List<VerifiableAnswer> answersTo(List<String> itemCodes) {
            Set<String> items = new LinkedHashSet<>(itemCodes);
            RespondentIds ids = respondentIds();
            SideThread<List<VerifiableAnswer>> lowerHalf = SideThread.start("answers-" + country,
                    () -> readOnly.execute(status -> answersTo(items, ids.lowest(), ids.middle())));
            List<VerifiableAnswer> answers = new ArrayList<>();
            try {
                answers.addAll(answersTo(items, ids.middle() + 1, ids.highest()));
            } finally {
                // Taken even where the upper half failed: no thread is left reading behind a failed step.
                answers.addAll(resultOf(lowerHalf));
            }
            return answers;
        }

        /** The answers to some items of the respondents whose ids are in a range. */
        private List<VerifiableAnswer> answersTo(Set<String> items, long lowestId, long highestId) {
            // A country's answers repeat a few values (its regions, source types, organizations, item codes, response
            // dates) on every row: each is kept once instead of as a copy per answer.
            SharedValues once = new SharedValues();
            PackedAnswers.ItemCodes wanted = PackedAnswers.ItemCodes.of(items);
            List<VerifiableAnswer> answers = new ArrayList<>();
            jdbc.sql("""
                            SELECT r.id, r.region, r.stage, r.pseudonym, r.source_type, r.organization, r.response_date, r.file_id,
                                   r.answers
                            FROM respondent r
                            WHERE\s""" + COUNTRY_RESPONDENTS + " AND r.answers IS NOT NULL AND r.id BETWEEN ? AND ?")
                    .params(phase, country, lowestId, highestId)
                    .query((RowCallbackHandler) rs -> {
                        // Columns by position: by label, H2 upper-cases and looks up each name on every row.
                        List<PackedAnswers.Answer> found = PackedAnswers.unpack(rs.getBytes(9), wanted);
                        if (found.isEmpty()) {
                            return;
                        }
                        long respondentId = rs.getLong(1);
                        String region = once.of(rs.getString(2));
                        int stage = rs.getInt(3);
                        String pseudonym = rs.getString(4);
                        String sourceType = once.of(rs.getString(5));
                        String organization = once.of(rs.getString(6));
                        Date responseDate = rs.getDate(7);
                        LocalDate date = responseDate == null ? null : once.of(responseDate.toLocalDate());
                        long fileId = rs.getLong(8);
                        for (PackedAnswers.Answer answer : found) {
                            answers.add(new VerifiableAnswer(country, region, stage, pseudonym, sourceType, organization,
                                    once.of(answer.itemCode()), answer.value(), fileId,
                                    PackedAnswers.answerId(respondentId, answer.position()), date));
                        }
                    });
            return answers;
        }

        /** The range of the country's respondent ids and its middle, read once. */
        private RespondentIds respondentIds() {
            if (respondentIds == null) {
                respondentIds = jdbc.sql("SELECT MIN(r.id), MAX(r.id) FROM respondent r WHERE " + COUNTRY_RESPONDENTS)
                        .params(phase, country)
                        .query((rs, n) -> new RespondentIds(rs.getLong(1), rs.getLong(2))).single();
            }
            return respondentIds;
        }

        @Override
        public List<String> regions() {
            return jdbc.sql("SELECT DISTINCT r.region FROM respondent r WHERE " + COUNTRY_RESPONDENTS
                            + " AND r.region IS NOT NULL AND r.answers IS NOT NULL")
                    .params(phase, country).query(String.class).list().stream().sorted().toList();
        }

        /**
         * Streamed by stage and pseudonym (the caller only counts: the order is not part of the contract). A
         * respondent's responses come together, latest first as {@link CountryAnswers.LatestResponse} says (a file's
         * respondents are numbered in row order), and the first of each is taken: the database sorts, spilling to
         * disk as it needs, where a window over the country's responses would be held in memory whole.
         */
        @Override
        public void forEachRespondent(Consumer<LatestResponse> respondent) {
            AtomicReference<String> previousRespondent = new AtomicReference<>();
            jdbc.sql("""
                            SELECT r.stage, r.pseudonym, r.source_type, r.organization FROM respondent r
                            WHERE\s""" + COUNTRY_RESPONDENTS + """
                              AND r.answers IS NOT NULL
                            ORDER BY r.stage, r.pseudonym, r.response_date DESC NULLS LAST, r.file_id DESC, r.id DESC""")
                    .params(phase, country)
                    .query((RowCallbackHandler) rs -> {
                        String stageAndPseudonym = rs.getInt(1) + " " + rs.getString(2);
                        if (!stageAndPseudonym.equals(previousRespondent.getAndSet(stageAndPseudonym))) {
                            respondent.accept(new LatestResponse(rs.getInt(1), rs.getString(3), rs.getString(4)));
                        }
                    });
        }
    }

    /** The lowest and highest id of some respondents (both 0 where there are none). */
    private record RespondentIds(long lowest, long highest) {
        long middle() {
            return lowest + (highest - lowest) / 2;
        }
    }

    /** What a thread reading beside the caller found; what it threw, thrown again here. */
    private static <T> T resultOf(SideThread<T> side) {
        try {
            return side.result();
        } catch (RuntimeException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading answers", e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** One copy of each value a query's rows repeat; equal strings and dates are interchangeable. */
    private static final class SharedValues {
        private final Map<Object, Object> seen = new HashMap<>();

        @SuppressWarnings("unchecked")
        <T> T of(T value) {
            return value == null ? null : (T) seen.computeIfAbsent(value, Function.identity());
        }
    }

    /**
     * The current (not superseded) files that gave respondents to the phase, with the rows taken from each (the
     * manifest sorts them by code point: a PostgreSQL database may collate names linguistically).
     */
    public List<UsedFile> filesUsed(String phase) {
        return jdbc.sql("""
                        SELECT f.file_name, f.sha256, COUNT(r.id) AS taken
                        FROM input_file f JOIN respondent r ON r.file_id = f.id
                        WHERE r.phase = ? AND r.superseded = FALSE
                        GROUP BY f.id, f.file_name, f.sha256""")
                .param(phase)
                .query((rs, n) -> new UsedFile(rs.getString(1), rs.getString(2), rs.getLong(3)))
                .list();
    }

    /**
     * Per country: the current files with respondents there, their rows read and rejected, the respondents
     * taken (a duplicate respondent once), and the files' errors and warnings, among those the broken
     * consistency rules. A file whose rows span two countries counts for both.
     */
    public List<QualityCounts> quality(String phase) {
        return jdbc.sql("""
                        WITH files AS (
                          SELECT DISTINCT r.country, r.file_id FROM respondent r WHERE r.phase = ? AND r.superseded = FALSE)
                        SELECT c.country,
                          COUNT(*) AS files,
                          SUM(f.rows_read) AS rows_read,
                          (SELECT COUNT(DISTINCT r.instrument || '/' || r.pseudonym) FROM respondent r
                             WHERE r.phase = ? AND r.superseded = FALSE AND r.country = c.country) AS taken,
                          SUM(f.rows_rejected) AS rows_rejected,
                          (SELECT COALESCE(SUM(i.occurrences), 0) FROM issue i JOIN files x ON x.file_id = i.file_id
                             WHERE x.country = c.country AND i.severity = 'error') AS errors,
                          (SELECT COALESCE(SUM(i.occurrences), 0) FROM issue i JOIN files x ON x.file_id = i.file_id
                             WHERE x.country = c.country AND i.severity = 'warning') AS warnings,
                          (SELECT COALESCE(SUM(i.occurrences), 0) FROM issue i JOIN files x ON x.file_id = i.file_id
                             WHERE x.country = c.country AND i.severity = 'warning' AND i.code = ? AND i.args LIKE ?)
                             AS consistency_warnings
                        FROM files c JOIN input_file f ON f.id = c.file_id
                        GROUP BY c.country ORDER BY c.country""")
                .params(phase, phase, IssueCode.CONSTRAINT_ERROR.id(), BROKEN_RULE_ARGS)
                .query((rs, n) -> new QualityCounts(rs.getString("country"), rs.getInt("files"), rs.getInt("rows_read"),
                        rs.getInt("taken"), rs.getInt("rows_rejected"), rs.getInt("errors"), rs.getInt("warnings"),
                        rs.getInt("consistency_warnings")))
                .list();
    }
}
