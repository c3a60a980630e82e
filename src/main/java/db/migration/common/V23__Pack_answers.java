package db.migration.common;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.oas.cim.pipeline.ingest.PackedAnswers;
import org.oas.cim.pipeline.normalize.Value;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Moves each respondent's answer rows into its row ({@link PackedAnswers}), and renames the answers the evidence of
 * published findings names by their new ids. Written in Java because the packed layout is binary; it sits in the
 * package Flyway scans beside the SQL migrations ({@code db/migration/common}), so every way of migrating a database
 * (the pipeline, or a test's own Flyway) applies it in its turn.
 *
 * <p>An answer whose value a purge had emptied (a personal item's, before ingest stopped storing those) is left out,
 * as ingest now leaves it out.
 */
public class V23__Pack_answers extends BaseJavaMigration {
    private static final int BATCH = 1000;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        try (Statement ddl = db.createStatement()) {
            ddl.execute("CREATE TABLE answer_renamed (old_id BIGINT PRIMARY KEY, new_id BIGINT NOT NULL)");
        }
        try (Statement read = db.createStatement();
             PreparedStatement pack = db.prepareStatement("UPDATE respondent SET answers = ?, answer_count = ? WHERE id = ?");
             PreparedStatement rename = db.prepareStatement("INSERT INTO answer_renamed (old_id, new_id) VALUES (?, ?)")) {
            read.setFetchSize(BATCH);
            ResultSet rs = read.executeQuery("""
                    SELECT respondent_id, id, item_code, value_kind, value_code, other_note, low_value, high_value, approximate,
                           count_value, date_value, month_precision, cell_ref
                    FROM answer ORDER BY respondent_id, id""");
            Batches batches = new Batches(pack, rename);
            long respondent = -1;
            List<PackedAnswers.Answer> answers = new ArrayList<>();
            while (rs.next()) {
                if (rs.getLong(1) != respondent) {
                    batches.pack(respondent, answers);
                    respondent = rs.getLong(1);
                    answers = new ArrayList<>();
                }
                Value value = value(rs);
                if (value != null) {
                    batches.rename(rs.getLong(2), PackedAnswers.answerId(respondent, answers.size()));
                    answers.add(new PackedAnswers.Answer(answers.size(), rs.getString(3), value, rs.getString(13)));
                }
            }
            batches.pack(respondent, answers);
            batches.flush();
        }
        try (Statement update = db.createStatement()) {
            update.execute("DELETE FROM finding_evidence WHERE answer_id NOT IN (SELECT old_id FROM answer_renamed)");
            update.execute("UPDATE finding_evidence x SET answer_id = (SELECT n.new_id FROM answer_renamed n WHERE n.old_id = x.answer_id)");
            update.execute("DROP TABLE answer_renamed");
        }
    }

    /** The value an answer row holds, as the answer table's columns held it; null where a purge emptied it. */
    private static Value value(ResultSet rs) throws SQLException {
        String kind = rs.getString(4);
        return switch (kind) {
            case "unknown" -> new Value.Unknown();
            case "code" -> rs.getString(5) == null ? null : new Value.Code(rs.getString(5));
            case "codes" -> {
                String codes = rs.getString(5);
                yield codes == null ? null
                        : new Value.Codes(codes.isBlank() ? List.of() : Arrays.asList(codes.trim().split(" +")), rs.getString(6));
            }
            case "interval" -> rs.getObject(7) == null ? null
                    : new Value.Interval(rs.getLong(7), rs.getObject(8, Long.class), rs.getBoolean(9));
            case "count" -> rs.getObject(10) == null ? null : new Value.Count(rs.getLong(10));
            case "date" -> rs.getDate(11) == null ? null : new Value.DateValue(rs.getDate(11).toLocalDate(), rs.getBoolean(12));
            default -> throw new IllegalStateException("unknown value kind in the answer table: " + kind);
        };
    }

    /** The updates of the respondents' rows and the renamed answers' rows, sent a batch at a time. */
    private static final class Batches {
        private final PreparedStatement pack;
        private final PreparedStatement rename;
        private int pending;

        Batches(PreparedStatement pack, PreparedStatement rename) {
            this.pack = pack;
            this.rename = rename;
        }

        void pack(long respondent, List<PackedAnswers.Answer> answers) throws SQLException {
            if (respondent < 0 || answers.isEmpty()) {
                return;
            }
            pack.setBytes(1, PackedAnswers.pack(answers));
            pack.setInt(2, answers.size());
            pack.setLong(3, respondent);
            pack.addBatch();
            if (++pending >= BATCH) {
                flush();
            }
        }

        void rename(long oldId, long newId) throws SQLException {
            rename.setLong(1, oldId);
            rename.setLong(2, newId);
            rename.addBatch();
        }

        void flush() throws SQLException {
            pack.executeBatch();
            rename.executeBatch();
            pending = 0;
        }
    }
}
