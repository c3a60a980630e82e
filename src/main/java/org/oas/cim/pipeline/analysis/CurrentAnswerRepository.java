package org.oas.cim.pipeline.analysis;

import org.oas.cim.pipeline.ingest.ValueColumns;
import org.oas.cim.pipeline.verify.VerifiableAnswer;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Date;
import java.util.List;

/** The answers that count in a phase: those of respondents whose file has not been replaced by a revision. */
public class CurrentAnswerRepository {
    private final JdbcClient jdbc;

    public CurrentAnswerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<VerifiableAnswer> currentAnswers(String phase) {
        return jdbc.sql("""
                        SELECT r.country, r.region, r.stage, r.pseudonym, r.source_type, r.organization, r.response_date,
                               a.id, a.item_code, a.value_kind, a.value_code, a.other_note, a.low_value, a.high_value,
                               a.approximate, a.count_value, a.date_value, a.month_precision
                        FROM answer a JOIN respondent r ON r.id = a.respondent_id
                        WHERE r.phase = ? AND r.superseded = FALSE
                        ORDER BY a.id""")
                .param(phase)
                .query((rs, n) -> {
                    Date responseDate = rs.getDate("response_date");
                    return new VerifiableAnswer(rs.getString("country"), rs.getString("region"), rs.getInt("stage"),
                            rs.getString("pseudonym"), rs.getString("source_type"), rs.getString("organization"),
                            rs.getString("item_code"), ValueColumns.read(rs), rs.getLong("id"),
                            responseDate == null ? null : responseDate.toLocalDate());
                })
                .list();
    }
}
