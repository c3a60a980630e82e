package org.oas.cim.pipeline;

import org.oas.cim.pipeline.ingest.PackedAnswers;
import org.oas.cim.pipeline.normalize.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** What tests read of the answers a database holds: one row per answer, as the answer table had them. */
public final class StoredAnswers {
    private StoredAnswers() {
    }

    /**
     * One answer of a respondent.
     *
     * @param columns the query's other columns, as text
     * @param code    a choice code; for codes, the codes separated by spaces; else null
     */
    public record Row(List<String> columns, String itemCode, String kind, String code, Value value, String cellRef) {
        /** The columns, item, kind, value and cell, joined by "|": every value field, so that equal lines mean equal answers. */
        public String line() {
            List<String> fields = new ArrayList<>(columns);
            fields.addAll(List.of(itemCode, kind, String.valueOf(value), cellRef));
            return String.join("|", fields);
        }
    }

    /** The answers of the respondents a query gives, whose last column is {@code respondent.answers}, in query order. */
    public static List<Row> of(Connection db, String sql) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            int last = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> columns = new ArrayList<>();
                for (int i = 1; i < last; i++) {
                    // getObject, not getString: H2 spells a boolean TRUE, PostgreSQL t; both give a Boolean object.
                    columns.add(String.valueOf(rs.getObject(i)));
                }
                for (PackedAnswers.Answer answer : PackedAnswers.unpack(rs.getBytes(last))) {
                    rows.add(new Row(List.copyOf(columns), answer.itemCode(), answer.value().kind(), code(answer.value()),
                            answer.value(), answer.cellRef()));
                }
            }
        }
        return rows;
    }

    /**
     * Adds an answer to a respondent's row, after those it has, as ingest stores them.
     *
     * @return the answer's id
     */
    public static long add(JdbcTemplate jdbc, long respondentId, String itemCode, Value value, String cellRef) {
        byte[] stored = jdbc.queryForObject("SELECT answers FROM respondent WHERE id = ?", byte[].class, respondentId);
        List<PackedAnswers.Answer> answers = new ArrayList<>(PackedAnswers.unpack(stored));
        answers.add(new PackedAnswers.Answer(answers.size(), itemCode, value, cellRef));
        jdbc.update("UPDATE respondent SET answers = ?, answer_count = ? WHERE id = ?", PackedAnswers.pack(answers), answers.size(),
                respondentId);
        return PackedAnswers.answerId(respondentId, answers.size() - 1);
    }

    private static String code(Value value) {
        if (value instanceof Value.Code code) {
            return code.code();
        }
        return value instanceof Value.Codes codes ? String.join(" ", codes.codes()) : null;
    }
}
