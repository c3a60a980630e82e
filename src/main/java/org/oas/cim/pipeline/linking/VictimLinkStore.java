package org.oas.cim.pipeline.linking;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

/**
 * The victim-list tables ({@code victim_link}, {@code victim_near_key}, {@code victim_cluster}): near matches and
 * duplicates of a file's rows for its report, and the linking of a phase's lists into people, all in SQL on keyed
 * hashes (ingest's {@code AnswerStore} writes the keys with the rows they belong to).
 */
public class VictimLinkStore {
    /** The later row is the file's and the earlier row a current one before it: earlier in the file, or in an earlier file. */
    private static final String EARLIER = """
            (e.file_id = r.file_id AND e.id < r.id OR e.file_id < r.file_id AND ef.relative_path <> f.relative_path)
            AND e.superseded = FALSE""";

    private final JdbcTemplate jdbc;
    private final JdbcClient client;

    public VictimLinkStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.client = JdbcClient.create(jdbc);
    }

    /**
     * A row of a file and the earlier row it relates to.
     *
     * @param otherList  the earlier row's list, as written
     * @param otherPlace where the earlier row is: "file, sheet row"
     */
    public record RelatedRow(String sheet, int row, String otherList, String otherPlace) {
    }

    /** Pairs (the file's row, another row) with an equal key of {@code column}, found through the key's index. */
    private static String sameKey(String column) {
        return """
                SELECT l.respondent_id AS later_id, s.respondent_id AS earlier_id
                FROM victim_link l JOIN victim_link s ON s.%1$s = l.%1$s JOIN respondent r ON r.id = l.respondent_id
                WHERE r.file_id = :file""".formatted(column);
    }

    /** The file's rows whose person is already on the same list (the same match key or case number). */
    public List<RelatedRow> duplicateRows(long fileId) {
        return related(fileId, sameKey("person_key") + " UNION " + sameKey("case_key"), """
                el.list_key = l.list_key""");
    }

    /**
     * The file's rows that nearly match a person on another list (one character of the name, or day and month of the
     * birth date swapped) without being linked to them.
     */
    public List<RelatedRow> possibleLinks(long fileId) {
        return related(fileId, """
                SELECT nr.respondent_id AS later_id, ne.respondent_id AS earlier_id
                FROM victim_near_key nr JOIN victim_near_key ne ON ne.near_key = nr.near_key
                  JOIN respondent r ON r.id = nr.respondent_id
                WHERE r.file_id = :file""" + " UNION " + sameKey("date_swap_key"), """
                el.list_key <> l.list_key
                AND COALESCE(el.person_key, '-') <> COALESCE(l.person_key, '+')
                AND COALESCE(el.case_key, '-') <> COALESCE(l.case_key, '+')""");
    }

    /**
     * For each row of the file, the first (by file, then row) of the candidate rows that meets the condition: pairs
     * are found through the keys' indexes first, so the work grows with the matches, not with the lists' sizes.
     */
    private List<RelatedRow> related(long fileId, String candidates, String condition) {
        // Most files are no victim list. The query below has seven tables to join, whose order H2 chooses by trying
        // each: planning it took longer than answering it (a sixth of a second per file, most of the samples' decide).
        if (!hasListRows(fileId)) {
            return List.of();
        }
        return client.sql("""
                        WITH candidates AS (%s),
                        ranked AS (
                          SELECT c.later_id, e.id AS first_id,
                                 ROW_NUMBER() OVER (PARTITION BY c.later_id ORDER BY e.file_id, e.id) AS rank_no
                          FROM candidates c
                            JOIN respondent r ON r.id = c.later_id JOIN victim_link l ON l.respondent_id = r.id
                            JOIN input_file f ON f.id = r.file_id
                            JOIN respondent e ON e.id = c.earlier_id JOIN victim_link el ON el.respondent_id = e.id
                            JOIN input_file ef ON ef.id = e.file_id
                          WHERE %s AND %s)
                        SELECT later.sheet, later.row_no, o.list_name, ff.file_name, first.sheet AS first_sheet,
                               first.row_no AS first_row
                        FROM ranked k JOIN respondent later ON later.id = k.later_id
                          JOIN respondent first ON first.id = k.first_id
                          JOIN victim_link o ON o.respondent_id = first.id
                          JOIN input_file ff ON ff.id = first.file_id
                        WHERE k.rank_no = 1
                        ORDER BY later.id""".formatted(candidates, condition, EARLIER))
                .param("file", fileId)
                .query((rs, n) -> new RelatedRow(rs.getString("sheet"), rs.getInt("row_no"), rs.getString("list_name"),
                        rs.getString("file_name") + ", " + rs.getString("first_sheet") + " " + rs.getInt("first_row")))
                .list();
    }

    /** From the list rows, not the file's respondents: a 200,000-row survey file took 0.6 s to find it had none. */
    private boolean hasListRows(long fileId) {
        return client.sql("SELECT COUNT(*) FROM victim_link l JOIN respondent r ON r.id = l.respondent_id WHERE r.file_id = ?")
                .param(fileId).query(Long.class).single() > 0;
    }

    /**
     * Links the phase's current victim-list rows into people: rows sharing a match key or a case number are one
     * person, and so, in turn, are the rows linked to either (each row takes the smallest id of its people until none
     * changes: a few passes, each one statement).
     */
    public void link(String phase) {
        jdbc.update("DELETE FROM victim_cluster WHERE phase = ?", phase);
        jdbc.update("""
                INSERT INTO victim_cluster (respondent_id, phase, cluster_id)
                SELECT r.id, r.phase, r.id FROM respondent r JOIN victim_link l ON l.respondent_id = r.id
                WHERE r.phase = ? AND r.superseded = FALSE""", phase);
        int changed;
        do {
            changed = joinOn("person_key", phase) + joinOn("case_key", phase);
        } while (changed > 0);
    }

    private int joinOn(String key, String phase) {
        String smallest = """
                (SELECT MIN(c2.cluster_id) FROM victim_link l1 JOIN victim_link l2 ON l2.%1$s = l1.%1$s
                   JOIN victim_cluster c2 ON c2.respondent_id = l2.respondent_id
                 WHERE l1.respondent_id = c.respondent_id AND c2.phase = c.phase)""".formatted(key);
        return jdbc.update("UPDATE victim_cluster c SET cluster_id = " + smallest
                + " WHERE c.phase = ? AND c.cluster_id > " + smallest, phase);
    }

    /**
     * Every person of the phase once per list they are on, by country, year and person: what a capture-history
     * table counts. Streamed, so that only the counts are ever held.
     */
    public void peopleOnLists(String phase, PersonOnList handler) {
        jdbc.query("""
                SELECT r.country, l.year_text, c.cluster_id, l.list_key
                FROM victim_cluster c JOIN victim_link l ON l.respondent_id = c.respondent_id
                  JOIN respondent r ON r.id = c.respondent_id
                WHERE c.phase = ?
                GROUP BY r.country, l.year_text, c.cluster_id, l.list_key
                ORDER BY r.country, l.year_text, c.cluster_id""",
                (RowCallbackHandler) rs -> handler.accept(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4)),
                phase);
    }

    /** One person (cluster) on one list. */
    @FunctionalInterface
    public interface PersonOnList {
        void accept(String country, String year, long person, String listKey);
    }

    /**
     * A list of the phase and a file it came from.
     *
     * @param listKey  the list's comparison key
     * @param listName the list's name as first written
     * @param rows     the file's current rows on that list
     */
    public record ListFile(String country, String year, String listKey, String listName, long fileId, String fileName,
                           long rows) {
    }

    /** The phase's lists per country and year, with the files behind each. */
    public List<ListFile> listFiles(String phase) {
        return client.sql("""
                        SELECT r.country, l.year_text, l.list_key, MIN(l.list_name) AS list_name, f.id, f.file_name,
                               COUNT(*) AS taken
                        FROM victim_link l JOIN respondent r ON r.id = l.respondent_id JOIN input_file f ON f.id = r.file_id
                        WHERE r.phase = ? AND r.superseded = FALSE
                        GROUP BY r.country, l.year_text, l.list_key, f.id, f.file_name
                        ORDER BY r.country, l.year_text, l.list_key, f.id""")
                .param(phase)
                .query((rs, n) -> new ListFile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getString(6), rs.getLong(7)))
                .list();
    }
}
