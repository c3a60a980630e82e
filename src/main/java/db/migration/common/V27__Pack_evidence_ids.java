package db.migration.common;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.oas.cim.pipeline.ingest.PackedAnswers;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves the answers behind each finding from a row each ({@code finding_evidence}) into the finding's row
 * ({@link PackedAnswers#packIds}). In Java, beside the SQL migrations, for the same reason as {@link V23__Pack_answers}.
 * One finding's ids are held at a time, as the analysis holds them when it saves them.
 */
public class V27__Pack_evidence_ids extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        try (Statement read = db.createStatement();
             PreparedStatement pack = db.prepareStatement("UPDATE evidence_finding SET answer_ids = ?, answer_count = ? WHERE id = ?")) {
            read.setFetchSize(1000);
            ResultSet rs = read.executeQuery("SELECT finding_id, answer_id FROM finding_evidence ORDER BY finding_id, answer_id");
            long finding = -1;
            List<Long> ids = new ArrayList<>();
            while (rs.next()) {
                if (rs.getLong(1) != finding) {
                    pack(pack, finding, ids);
                    finding = rs.getLong(1);
                    ids = new ArrayList<>();
                }
                ids.add(rs.getLong(2));
            }
            pack(pack, finding, ids);
        }
    }

    private static void pack(PreparedStatement pack, long finding, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        pack.setBytes(1, PackedAnswers.packIds(ids));
        pack.setInt(2, ids.size());
        pack.setLong(3, finding);
        pack.executeUpdate();
    }
}
