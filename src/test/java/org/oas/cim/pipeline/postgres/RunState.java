package org.oas.cim.pipeline.postgres;

import org.oas.cim.pipeline.StoredAnswers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a finished run leaves behind, in a form two runs can be compared by: the database rows that carry meaning
 * (not ids, run ids or times, which legitimately differ between databases and after a restart), the published CSV
 * files byte for byte, and where every input file rests. Lists are sorted, so they compare as multisets.
 *
 * @param inputFiles  relative_path, status, respondents, sha256, final_path, language, rejection_code of every input file
 * @param respondents per file: the pseudonym, instrument, phase, country, sheet and row of each respondent
 * @param answers     per file: item, kind, value and cell of each answer
 * @param issues      per file: code, severity, sheet and cell of each issue
 * @param published   every CSV under out/ (manifest.csv aside: it names the run and its time), by path
 * @param placed      every file under archive/ and rejected/ with the SHA-256 of its bytes
 * @param unplaced    whatever is still in inbox/ or processing/ (nothing, after a finished run)
 */
public record RunState(List<String> inputFiles, List<String> respondents, List<String> answers, List<String> issues,
                       Map<String, String> published, Map<String, String> placed, List<String> unplaced) {

    public static RunState read(Path home, Connection db) throws SQLException, IOException {
        return new RunState(
                rows(db, "SELECT relative_path, status, respondents, sha256, final_path, language, rejection_code FROM input_file"),
                rows(db, """
                        SELECT f.relative_path, r.pseudonym, r.instrument, r.phase, r.country, r.region, r.source_type,
                               r.organization, r.response_date, r.sheet, r.row_no, r.superseded
                        FROM respondent r JOIN input_file f ON f.id = r.file_id"""),
                StoredAnswers.of(db, "SELECT f.relative_path, r.answers FROM respondent r JOIN input_file f ON f.id = r.file_id")
                        .stream().map(StoredAnswers.Row::line).sorted().toList(),
                rows(db, """
                        SELECT f.relative_path, i.code, i.severity, i.sheet, i.cell_ref
                        FROM issue i JOIN input_file f ON f.id = i.file_id"""),
                files(home.resolve("out"), true),
                placed(home),
                Stream.concat(files(home.resolve("inbox"), false).keySet().stream().map(p -> "inbox/" + p),
                        files(home.resolve("processing"), false).keySet().stream().map(p -> "processing/" + p)).toList());
    }

    /** How many respondents each file gave, by relative path. */
    public Map<String, Long> respondentsPerFile() {
        Map<String, Long> counts = new TreeMap<>();
        respondents.forEach(row -> counts.merge(row.substring(0, row.indexOf('|')), 1L, Long::sum));
        return counts;
    }

    private static List<String> rows(Connection db, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    // getObject, not getString: H2 spells a boolean TRUE, PostgreSQL t; both give a Boolean object.
                    row.append(i == 1 ? "" : "|").append(rs.getObject(i));
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        return List.copyOf(rows);
    }

    private static Map<String, String> placed(Path home) throws IOException {
        Map<String, String> placed = new TreeMap<>();
        for (String folder : List.of("archive", "rejected")) {
            files(home.resolve(folder), false).forEach((path, sha) -> placed.put(folder + "/" + path, sha));
        }
        return placed;
    }

    /** Regular files under a folder by relative path: with their bytes as text (CSV only), else their SHA-256. */
    private static Map<String, String> files(Path root, boolean publishedCsv) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                if (!publishedCsv) {
                    files.put(relative, sha256(file));
                } else if (relative.endsWith(".csv") && !file.getFileName().toString().equals("manifest.csv")) {
                    files.put(relative, Files.readString(file));
                }
            }
        }
        return files;
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }
}
