package org.oas.cim.pipeline.microdata;

import org.oas.cim.pipeline.system.StreamingReads;
import org.springframework.stereotype.Component;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
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
     * streamed and grouped as they come, so only one respondent is held at a time.
     */
    void forEachRespondent(String phase, Consumer<Respondent> action) {
        Grouping grouping = new Grouping(action);
        // In a transaction whatever thread asks: the microdata is written on a thread of its own.
        readOnly.executeWithoutResult(status -> {
            jdbc.sql("""
                        SELECT r.id, r.pseudonym, r.phase, r.country, r.region, r.stage, r.source_type, r.response_date,
                               a.item_code, a.value_kind, a.value_code, a.low_value, a.high_value, a.approximate,
                               a.count_value, a.date_value
                        FROM respondent r LEFT JOIN answer a ON a.respondent_id = r.id
                        WHERE r.phase = ? AND r.superseded = FALSE
                        ORDER BY r.country, r.stage, r.pseudonym, r.id, a.id""")
                    .param(phase)
                    .query((RowCallbackHandler) grouping);
            grouping.finish();
        });
    }

    /** The codes named in a multiple-answer item's current answers in the phase (for lists as long as the countries'). */
    Set<String> namedCodes(String phase, String item) {
        Set<String> codes = new TreeSet<>();
        jdbc.sql("""
                        SELECT DISTINCT a.value_code FROM answer a JOIN respondent r ON r.id = a.respondent_id
                        WHERE r.phase = ? AND r.superseded = FALSE AND a.item_code = ? AND a.value_kind = 'codes'""")
                .param(phase).param(item)
                .query(String.class).list()
                .forEach(codesCell -> codes.addAll(Arrays.asList(codesCell.trim().split("\\s+"))));
        return codes;
    }

    private static final class Grouping implements RowCallbackHandler {
        private final Consumer<Respondent> action;
        private long current = -1;
        private Respondent respondent;
        private Map<String, StoredAnswer> answers;

        Grouping(Consumer<Respondent> action) {
            this.action = action;
        }

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            long id = rs.getLong("id");
            if (id != current) {
                finish();
                current = id;
                answers = new HashMap<>();
                Date responseDate = rs.getDate("response_date");
                respondent = new Respondent(rs.getString("pseudonym"), rs.getString("phase"), rs.getString("country"),
                        rs.getString("region"), rs.getInt("stage"), rs.getString("source_type"),
                        responseDate == null ? null : responseDate.toLocalDate(), answers);
            }
            String item = rs.getString("item_code");
            if (item != null) {
                Date date = rs.getDate("date_value");
                answers.put(item, new StoredAnswer(rs.getString("value_kind"), rs.getString("value_code"),
                        rs.getObject("low_value", Long.class), rs.getObject("high_value", Long.class),
                        rs.getObject("approximate", Boolean.class), rs.getObject("count_value", Long.class),
                        date == null ? null : date.toLocalDate()));
            }
        }

        void finish() {
            if (respondent != null) {
                action.accept(respondent);
                respondent = null;
            }
        }
    }
}
