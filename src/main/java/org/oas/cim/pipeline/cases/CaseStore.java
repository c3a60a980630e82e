package org.oas.cim.pipeline.cases;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Consumer;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The {@code case_record} table and the case counts of {@code input_file}: what ingest stores of a case file, a chunk
 * at a time, and the counts the triangulation asks of the cases that count (those of taken files no revision has
 * replaced). Every count is aggregated here, in SQL: a phase's cases are never read into memory row by row.
 */
public class CaseStore {
    /** The case rows that count. */
    private static final String CURRENT = """
            FROM case_record c JOIN input_file f ON f.id = c.file_id
            WHERE f.status = 'ARCHIVED' AND f.superseded_by IS NULL""";

    private final JdbcTemplate jdbc;
    private final JdbcClient client;

    public CaseStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.client = JdbcClient.create(jdbc);
    }

    /** Stores a chunk's cases of the study, and counts those outside it, in the chunk's transaction. */
    public void insert(long fileId, List<CaseRow> rows) {
        List<Object[]> inStudy = new ArrayList<>();
        int outside = 0;
        for (CaseRow r : rows) {
            if (!r.inStudy()) {
                outside++;
                continue;
            }
            inStudy.add(new Object[] {fileId, r.sheet(), r.row(), r.year(), r.source(), r.gender(), r.ageBand(), r.majority(),
                    r.citizenship(), r.exploitation(), codes(r.forms()), codes(r.means()), codes(r.recruiters()), r.months()});
        }
        jdbc.batchUpdate("""
                INSERT INTO case_record (file_id, sheet, row_no, registration_year, data_source, gender, age_band, majority,
                  citizenship, exploitation, forms, means, recruiters, months) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                inStudy);
        if (outside > 0) {
            jdbc.update("UPDATE input_file SET cases_outside_study = cases_outside_study + ? WHERE id = ?", outside, fileId);
        }
    }

    /** A file rejected half-way keeps none of its cases. */
    public void discardOf(long fileId) {
        jdbc.update("DELETE FROM case_record WHERE file_id = ?", fileId);
        jdbc.update("UPDATE input_file SET cases_outside_study = 0 WHERE id = ?", fileId);
    }

    /** Cases of the file stored as in the study. */
    public long casesOf(long fileId) {
        return client.sql("SELECT COUNT(*) FROM case_record WHERE file_id = ?").param(fileId).query(Long.class).single();
    }

    /** Rows of the file whose countries are in no phase. */
    public long outsideStudyOf(long fileId) {
        return client.sql("SELECT cases_outside_study FROM input_file WHERE id = ?").param(fileId).query(Long.class).single();
    }

    /** Current cases exploited in {@code country}, by the value of one field ({@code forms}, {@code citizenship}, ...). */
    Map<List<String>, Long> exploitedIn(String country, String... fields) {
        return tally("c.exploitation = ?", country, fields);
    }

    /** Current cases of citizens of {@code country}, by the value of one or more fields. */
    Map<List<String>, Long> citizensOf(String country, String... fields) {
        return tally("c.citizenship = ?", country, fields);
    }

    /** Case files that count with cases of the countries, and their cases there, for sources, quality and the manifest. */
    public List<CaseFile> filesOf(List<String> countries) {
        if (countries.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", countries.stream().map(c -> "?").toList());
        List<Object> params = new ArrayList<>(countries);
        params.addAll(countries);
        return client.sql("SELECT f.id, f.file_name, f.sha256, COUNT(*) AS cases " + CURRENT
                        + " AND (c.exploitation IN (" + marks + ") OR c.citizenship IN (" + marks + "))"
                        + " GROUP BY f.id, f.file_name, f.sha256 ORDER BY f.id")
                .params(params)
                .query((rs, n) -> new CaseFile(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
                .list();
    }

    /** The current case files and cases of a country: those exploited there and its citizens. */
    CountryCases countryCases(String country) {
        return client.sql("SELECT COUNT(DISTINCT c.file_id), COUNT(*) " + CURRENT + " AND (c.exploitation = ? OR c.citizenship = ?)")
                .params(country, country)
                .query((rs, n) -> new CountryCases(country, rs.getLong(1), rs.getLong(2)))
                .single();
    }

    /** A country's case files and cases. */
    record CountryCases(String country, long files, long cases) {
    }

    /**
     * Where each current case of a country was read (exploited there, or of its citizens), file by file in the order
     * they arrived, one at a time: what {@code trace} shows behind a country's triangulation.
     */
    public void forEachCaseOf(String country, Consumer<CasePlace> each) {
        client.sql("SELECT f.file_name, c.sheet, c.row_no, c.exploitation, c.citizenship " + CURRENT
                        + " AND (c.exploitation = ? OR c.citizenship = ?) ORDER BY f.id, c.id")
                .params(country, country)
                .query(rs -> {
                    each.accept(new CasePlace(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5)));
                });
    }

    /** A case's file, sheet and row, and the countries that make it count. */
    public record CasePlace(String fileName, String sheet, int row, String exploitation, String citizenship) {
    }

    /** A case file and how many of its cases count for some countries. */
    public record CaseFile(long id, String fileName, String sha256, long cases) {
    }

    private Map<List<String>, Long> tally(String where, String country, String... fields) {
        StringJoiner columns = new StringJoiner(", ");
        for (String field : fields) {
            columns.add("c." + column(field));
        }
        Map<List<String>, Long> counts = new LinkedHashMap<>();
        client.sql("SELECT " + columns + ", COUNT(*) " + CURRENT + " AND " + where + " GROUP BY " + columns)
                .param(country)
                .query(rs -> {
                    List<String> key = new ArrayList<>(fields.length);
                    for (int i = 1; i <= fields.length; i++) {
                        key.add(rs.getString(i));
                    }
                    counts.merge(key, rs.getLong(fields.length + 1), Long::sum);
                });
        return counts;
    }

    /** Only the fields the triangulation groups by become SQL. */
    private static String column(String field) {
        return switch (field) {
            case "forms", "means", "recruiters", "citizenship", "exploitation", "gender", "age_band" -> field;
            default -> throw new IllegalArgumentException("no case field " + field);
        };
    }

    /** Choices between spaces, so that {@code LIKE '% code %'} finds one; null where not known. */
    static String codes(List<String> codes) {
        return codes == null ? null : " " + String.join(" ", codes) + (codes.isEmpty() ? "" : " ");
    }

    /** The choices of a stored field, or null where not known. */
    static List<String> parse(String stored) {
        return stored == null ? null : stored.isBlank() ? List.of() : List.of(stored.strip().split(" "));
    }
}
