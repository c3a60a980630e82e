package org.oas.cim.pipeline.microdata;

import org.oas.cim.pipeline.ingest.PackedAnswers;
import org.oas.cim.pipeline.normalize.Value;
import org.oas.cim.pipeline.system.StreamingReads;
import org.springframework.stereotype.Component;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/** Reads a phase's current respondents (those whose file no revision replaced) with their answers, one at a time. */
@Component
class MicrodataStore {
    private final JdbcClient jdbc;
    private final TransactionTemplate readOnly;

    MicrodataStore(JdbcClient jdbc, PlatformTransactionManager tx) {
        this.jdbc = jdbc;
        this.readOnly = StreamingReads.transaction(tx);
    }

    /**
     * Hands each current respondent of the phase to {@code action}, ordered by country, stage, pseudonym: rows are
     * streamed, so only one respondent is held at a time.
     */
    void forEachRespondent(String phase, Consumer<Respondent> action) {
        // In a transaction whatever thread asks: the microdata is written on a thread of its own.
        readOnly.executeWithoutResult(status -> {
            jdbc.sql("""
                        SELECT r.pseudonym, r.phase, r.country, r.region, r.stage, r.source_type, r.response_date, r.answers
                        FROM respondent r
                        WHERE r.phase = ? AND r.superseded = FALSE
                        ORDER BY r.country, r.stage, r.pseudonym, r.id""")
                    .param(phase)
                    .query((RowCallbackHandler) rs -> {
                        Map<String, StoredAnswer> answers = new HashMap<>();
                        for (PackedAnswers.Answer answer : PackedAnswers.unpack(rs.getBytes("answers"))) {
                            answers.put(answer.itemCode(), StoredAnswer.of(answer.value()));
                        }
                        Date responseDate = rs.getDate("response_date");
                        action.accept(new Respondent(rs.getString("pseudonym"), rs.getString("phase"), rs.getString("country"),
                                rs.getString("region"), rs.getInt("stage"), rs.getString("source_type"),
                                responseDate == null ? null : responseDate.toLocalDate(), answers));
                    });
        });
    }

    /**
     * The codes named in a multiple-answer item's current answers in the phase (for lists as long as the countries'):
     * every respondent's answers are read, in a transaction as the respondents are (see {@link #forEachRespondent}).
     */
    Set<String> namedCodes(String phase, String item) {
        Set<String> codes = new TreeSet<>();
        PackedAnswers.ItemCodes wanted = PackedAnswers.ItemCodes.of(Set.of(item));
        readOnly.executeWithoutResult(status -> jdbc
                .sql("SELECT r.answers FROM respondent r WHERE r.phase = ? AND r.superseded = FALSE AND r.answers IS NOT NULL")
                .param(phase)
                .query((RowCallbackHandler) rs -> {
                    for (PackedAnswers.Answer answer : PackedAnswers.unpack(rs.getBytes(1), wanted)) {
                        if (answer.value() instanceof Value.Codes named) {
                            codes.addAll(named.codes());
                        }
                    }
                }));
        return codes;
    }
}
