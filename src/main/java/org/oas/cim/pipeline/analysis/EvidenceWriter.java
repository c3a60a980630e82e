package org.oas.cim.pipeline.analysis;

import com.opencsv.CSVWriter;
import org.oas.cim.pipeline.ingest.ValueColumns;
import org.oas.cim.pipeline.verify.Findings;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The evidence of a phase's findings: which answers stand behind each row, in the database and as the
 * restricted file {@code out/restricted/<phase>/evidence.csv} (pseudonyms, files, sheets and cells; never names).
 */
public class EvidenceWriter {
    public static final String[] HEADER = {"finding_table", "country", "region", "indicator", "detail", "respondent",
            "stage", "source_type", "file", "sheet", "cell", "value"};

    /**
     * Country, table, indicator, region, detail, file, sheet, cell, then every other column. Sorted here rather than
     * by SQL: PostgreSQL orders text by the database's collation (often linguistic) and puts nulls last, H2 by
     * code point with nulls first, and the file must be the same bytes on either.
     */
    private static final Comparator<String[]> ORDER = Stream.of(1, 0, 3, 2, 4, 8, 9, 10, 5, 6, 7, 11)
            .map(column -> Comparator.<String[], String>comparing(row -> row[column], Comparator.nullsFirst(Comparator.naturalOrder())))
            .reduce(Comparator::thenComparing).orElseThrow();

    private final JdbcTemplate jdbc;
    private final JdbcClient client;

    public EvidenceWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.client = JdbcClient.create(jdbc);
    }

    public void save(long runId, String phase, Findings findings) {
        jdbc.update("DELETE FROM evidence WHERE run_id = ? AND phase = ?", runId, phase);
        List<Object[]> rows = new ArrayList<>();
        findings.indicators().forEach(f -> add(rows, runId, phase, "indicators", f.country(), f.region(), f.indicator(), "", f.answerIds()));
        findings.options().forEach(f -> add(rows, runId, phase, "options", f.country(), f.region(), f.indicator(), f.option(), f.answerIds()));
        findings.estimates().forEach(f -> add(rows, runId, phase, "estimates", f.country(), f.region(), f.indicator(), "", f.answerIds()));
        findings.officialFigures().forEach(f -> add(rows, runId, phase, "official_figures", f.country(), null, f.item(), f.agencyType(), f.answerIds()));
        jdbc.batchUpdate("""
                INSERT INTO evidence (run_id, phase, finding_table, country, region, indicator, detail, answer_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    private static void add(List<Object[]> rows, long runId, String phase, String table, String country, String region,
                            String indicator, String detail, List<Long> answerIds) {
        for (long answerId : answerIds) {
            rows.add(new Object[] {runId, phase, table, country, region, indicator, detail == null ? "" : detail, answerId});
        }
    }

    /** The evidence rows of one finding key (any part may be null: not filtered), in a fixed order. */
    public List<String[]> rows(long runId, String phase, String country, String indicator) {
        List<Object> params = new ArrayList<>(List.of(runId, phase));
        StringBuilder filter = new StringBuilder();
        if (country != null) {
            filter.append(" AND e.country = ?");
            params.add(country);
        }
        if (indicator != null) {
            filter.append(" AND e.indicator = ?");
            params.add(indicator);
        }
        return client.sql("""
                        SELECT e.finding_table, e.country, e.region, e.indicator, e.detail, r.pseudonym, r.stage, r.source_type,
                               f.file_name, a.sheet, a.cell_ref, a.value_kind, a.value_code, a.other_note, a.low_value,
                               a.high_value, a.approximate, a.count_value, a.date_value, a.month_precision
                        FROM evidence e JOIN answer a ON a.id = e.answer_id JOIN respondent r ON r.id = a.respondent_id
                          JOIN input_file f ON f.id = r.file_id
                        WHERE e.run_id = ? AND e.phase = ?""" + filter)
                .params(params)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), nullToEmpty(rs.getString(3)), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), nullToEmpty(rs.getString(8)), rs.getString(9),
                        rs.getString(10), rs.getString(11), ValueText.of(ValueColumns.read(rs))})
                .list().stream().sorted(ORDER).toList();
    }

    /** Writes the phase's evidence file, replacing the previous one in a single move. */
    public void publish(Path outDir, long runId, String phase) throws IOException {
        Path dir = outDir.resolve("restricted").resolve(phase);
        Files.createDirectories(dir);
        Path staging = dir.resolve(".evidence.csv.tmp");
        try (Writer out = Files.newBufferedWriter(staging, StandardCharsets.UTF_8); CSVWriter csv = new CSVWriter(out)) {
            out.write('\uFEFF');
            csv.writeNext(HEADER, false);
            for (String[] row : rows(runId, phase, null, null)) {
                csv.writeNext(row, false);
            }
        }
        Files.move(staging, dir.resolve("evidence.csv"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
