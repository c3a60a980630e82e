package org.oas.cim.pipeline.estimation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.oas.cim.pipeline.report.Cli;

/**
 * The UK 2013 table of estimation.md written as other studies' tools write capture histories: R's
 * {@code write.csv(as.data.frame(table(...)))} (row names, every pattern with its {@code Freq}, the all-0 row
 * included), Rcapture's and FSA's frequency format ({@code c1..c6}, {@code freq}), Stata's {@code contract}
 * ({@code _freq}), SparseMSE's logicals, MARK and RMark's one-text patterns ({@code ch}), and Spanish and Portuguese
 * headers. Each gives the published 11,418 (9,977 to 13,146) with the same interactions.
 */
class CaptureHistoryLayoutsTest {
    private static final String[] UK = ("100000:54 010000:463 001000:907 000100:695 000010:316 000001:57 110000:15 "
            + "101000:19 100100:3 011000:56 010100:19 010010:1 010001:3 001100:69 001010:10 001001:31 000110:8 000101:6 "
            + "000011:1 111000:1 110100:1 011100:4 011001:3 001101:1 111100:1").split(" ");
    /** The interactions estimation.md gives (PF:NCA, LA:NG, ...) as pairs of list positions. */
    private static final int[][] MODEL = {{2, 5}, {0, 1}, {1, 4}, {0, 2}, {2, 4}, {3, 4}, {1, 3}};
    private static final String UK_LISTS = "LA;NG;PF;GO;GP;NCA";

    @TempDir
    Path folder;

    /** The row's columns from lists on: the published figures, the interactions named by the file's lists. */
    private static String figures(String lists) {
        String[] names = lists.split(";");
        List<String> model = new ArrayList<>();
        for (int[] pair : MODEL) {
            model.add(names[pair[0]] + ":" + names[pair[1]]);
        }
        return lists + ",2744," + String.join(";", model) + ",11418,9977,13146,12214,loglinear-stepwise,";
    }

    private static Map<String, Long> counts() {
        Map<String, Long> counts = new HashMap<>();
        for (String cell : UK) {
            counts.put(cell.split(":")[0], Long.parseLong(cell.split(":")[1]));
        }
        return counts;
    }

    /** Every pattern of six lists, 000000 first, as R's table() enumerates them (the first list varying fastest). */
    private static List<String> everyPattern() {
        List<String> patterns = new ArrayList<>();
        for (int p = 0; p < 64; p++) {
            StringBuilder text = new StringBuilder();
            for (int list = 0; list < 6; list++) {
                text.append((p >> list & 1) == 1 ? '1' : '0');
            }
            patterns.add(text.toString());
        }
        return patterns;
    }

    private static String marks(String pattern, String on, String off, String separator) {
        List<String> marks = new ArrayList<>();
        for (char c : pattern.toCharArray()) {
            marks.add(c == '1' ? on : off);
        }
        return String.join(separator, marks);
    }

    record Layout(String name, String lists, String text) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Layout> layouts() {
        Map<String, Long> uk = counts();
        Function<String, Long> count = p -> uk.getOrDefault(p, 0L);
        List<Layout> layouts = new ArrayList<>();

        StringBuilder r = new StringBuilder("\"\",\"LA\",\"NG\",\"PF\",\"GO\",\"GP\",\"NCA\",\"Freq\"\n");
        int row = 1;
        for (String p : everyPattern()) {
            r.append('"').append(row++).append("\",").append(marks(p, "\"1\"", "\"0\"", ",")).append(',').append(count.apply(p)).append('\n');
        }
        layouts.add(new Layout("R write.csv of as.data.frame(table())", UK_LISTS, r.toString()));

        StringBuilder rcapture = new StringBuilder("c1,c2,c3,c4,c5,c6,freq\n");
        uk.forEach((p, n) -> rcapture.append(marks(p, "1", "0", ",")).append(',').append(n).append('\n'));
        layouts.add(new Layout("Rcapture and FSA frequency format", "c1;c2;c3;c4;c5;c6", rcapture.toString()));

        StringBuilder stata = new StringBuilder("la\tng\tpf\tgo\tgp\tnca\t_freq\n");
        uk.forEach((p, n) -> stata.append(marks(p, "1", "0", "\t")).append('\t').append(n).append('\n'));
        layouts.add(new Layout("Stata contract, tab-separated", "la;ng;pf;go;gp;nca", stata.toString()));

        StringBuilder logicals = new StringBuilder("LA,NG,PF,GO,GP,NCA,count\n");
        uk.forEach((p, n) -> logicals.append(marks(p, "TRUE", "FALSE", ",")).append(',').append(n).append(".0\n"));
        layouts.add(new Layout("SparseMSE with logicals and counts as 54.0", UK_LISTS, logicals.toString()));

        StringBuilder mark = new StringBuilder("ch,freq,sex\n");
        uk.forEach((p, n) -> mark.append(p).append(',').append(n).append(",F\n"));
        layouts.add(new Layout("MARK/RMark ch and freq, a covariate beside", "L1;L2;L3;L4;L5;L6", mark.toString()));

        StringBuilder spanish = new StringBuilder("Patrón;Frecuencia\n");
        uk.forEach((p, n) -> spanish.append(p).append(';').append(n).append('\n'));
        layouts.add(new Layout("Spanish pattern column", "L1;L2;L3;L4;L5;L6", spanish.toString()));

        StringBuilder portuguese = new StringBuilder("LA,NG,PF,GO,GP,NCA,Número de pessoas\n");
        uk.forEach((p, n) -> portuguese.append(marks(p, "Sim", "Não", ",")).append(',').append(n).append('\n'));
        layouts.add(new Layout("Portuguese headers and marks", UK_LISTS, portuguese.toString()));
        return layouts;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void theUkTableGivesThePublishedFigures(Layout layout) throws IOException {
        Path file = Files.writeString(folder.resolve("uk.csv"), layout.text(), StandardCharsets.UTF_8);

        Cli.Result result = Cli.run("estimate", file.toString());

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out().lines().toList()).hasSize(2);
        assertThat(result.out().lines().toList().get(1)).isEqualTo("uk.csv,uk,,," + figures(layout.lists()));
    }

    /** A workbook took MARK's texts for numbers: 000001 is the number 1 there, padded back to the others' six marks. */
    @Test
    void patternsANumberCellLostTheLeadingZerosOfArePaddedBack() throws IOException {
        Path xlsx = folder.resolve("uk.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            Sheet sheet = workbook.createSheet("ch");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("ch");
            header.createCell(1).setCellValue("freq");
            int r = 1;
            for (String cell : UK) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(Double.parseDouble(cell.split(":")[0]));
                row.createCell(1).setCellValue(Double.parseDouble(cell.split(":")[1]));
            }
            workbook.write(out);
        }

        Cli.Result result = Cli.run("estimate", xlsx.toString());

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out().lines().toList().get(1)).isEqualTo("uk.xlsx,ch,,," + figures("L1;L2;L3;L4;L5;L6"));
    }

    @Test
    void aShortTextPatternOrOneThatIsNotAPatternIsToldWithItsCell() throws IOException {
        Path csv = Files.writeString(folder.resolve("ch.csv"), "ch,freq\n101,4\n11,3\n1x1,2\n000,5\n000,0\n", StandardCharsets.UTF_8);

        Cli.Result result = Cli.run("estimate", csv.toString());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err().lines()).containsExactly(
                "ch.csv, sheet 'ch', cell A4: '1x1' is not a pattern of lists: write one 1 or 0 per list, 1 for on it "
                        + "(10110: on the first, third and fourth of five lists)",
                "ch.csv, sheet 'ch', cell A5: no list is marked on this row: every row is people on at least one list "
                        + "(those on none are what the estimate is for)",
                "ch.csv, sheet 'ch', cell A3: the pattern '11' has 2 marks where the others have 3: write one 1 or 0 per list");
    }
}
