package org.oas.cim.pipeline.estimation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oas.cim.pipeline.report.Cli;

/**
 * {@code estimate} on the UK 2013 table of estimation.md, written as a researcher would send it (a CSV with
 * country and year columns, a workbook with metadata cells, x marks and numeric counts), and on bad files.
 */
class EstimateCommandTest {
    private static final String HEADER = "file,sheet,country,year,lists,observed,model,estimate,ci95_low,ci95_high,"
            + "estimate_independence,method,note";
    private static final String UK_FIGURES = "LA;NG;PF;GO;GP;NCA,2744,PF:NCA;LA:NG;NG:GP;LA:PF;PF:GP;GO:GP;NG:GO,"
            + "11418,9977,13146,12214,loglinear-stepwise,";
    private static final String[] UK = ("100000:54 010000:463 001000:907 000100:695 000010:316 000001:57 110000:15 "
            + "101000:19 100100:3 011000:56 010100:19 010010:1 010001:3 001100:69 001010:10 001001:31 000110:8 000101:6 "
            + "000011:1 111000:1 110100:1 011100:4 011001:3 001101:1 111100:1").split(" ");

    @TempDir
    Path folder;

    @Test
    void theUkTableAsCsvGivesThePublishedFigures() throws IOException {
        List<String> lines = new ArrayList<>(List.of("country,LA,NG,PF,GO,GP,NCA,year,count"));
        for (String cell : UK) {
            String[] patternAndCount = cell.split(":");
            lines.add("GB," + String.join(",", patternAndCount[0].split("")) + ",2013," + patternAndCount[1]);
        }
        Path csv = Files.write(folder.resolve("uk-strategic-assessment.csv"), lines, StandardCharsets.UTF_8);

        Cli.Result result = Cli.run("estimate", csv.toString());

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out().lines()).containsExactly(HEADER,
                "uk-strategic-assessment.csv,uk-strategic-assessment,GB,2013," + UK_FIGURES);
    }

    @Test
    void theUkTableSplitOverTwoYearsIsTheWholeTableAgainWithYearsPooled() throws IOException {
        List<String> lines = new ArrayList<>(List.of("LA,NG,PF,GO,GP,NCA,year,count"));
        for (String cell : UK) {
            String[] patternAndCount = cell.split(":");
            long count = Long.parseLong(patternAndCount[1]);
            String marks = String.join(",", patternAndCount[0].split(""));
            lines.add(marks + ",2013," + (count - count / 3));
            lines.add(marks + ",2011," + count / 3);
        }
        Path csv = Files.write(folder.resolve("uk.csv"), lines, StandardCharsets.UTF_8);

        Cli.Result pooled = Cli.run("estimate", "--pool-years", csv.toString());
        Cli.Result apart = Cli.run("estimate", csv.toString());

        assertThat(pooled.exit()).as(pooled.err()).isZero();
        assertThat(pooled.out().lines()).containsExactly(HEADER, "uk.csv,uk,,2011-2013," + UK_FIGURES);
        List<String> years = apart.out().lines().toList();
        assertThat(years).hasSize(3);
        assertThat(years.get(1)).startsWith("uk.csv,uk,,2011,LA;NG;PF;GO;GP;NCA,").doesNotContain(",11418,");
        assertThat(years.get(2)).startsWith("uk.csv,uk,,2013,LA;NG;PF;GO;GP;NCA,");
    }

    @Test
    void theUkTableAsAWorkbookWithMetadataCellsAndCrossesGivesThePublishedFigures() throws IOException {
        Path xlsx = folder.resolve("reino_unido_2013.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            workbook.createSheet("Léame").createRow(0).createCell(0).setCellValue("Una fila por patrón de listas.");
            Sheet sheet = workbook.createSheet("Historias");
            sheet.createRow(0).createCell(0).setCellValue("País: Reino Unido");
            Row header = sheet.createRow(2);
            String[] names = {"LA", "NG", "PF", "GO", "GP", "NCA", "Frecuencia"};
            for (int c = 0; c < names.length; c++) {
                header.createCell(c).setCellValue(names[c]);
            }
            for (int r = 0; r < UK.length; r++) {
                String[] patternAndCount = UK[r].split(":");
                Row row = sheet.createRow(3 + r);
                for (int c = 0; c < 6; c++) {
                    if (patternAndCount[0].charAt(c) == '1') {
                        row.createCell(c).setCellValue("x");
                    }
                }
                row.createCell(6).setCellValue(Double.parseDouble(patternAndCount[1]));
            }
            workbook.write(out);
        }

        Cli.Result result = Cli.run("estimate", xlsx.toString());

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out().lines()).containsExactly(HEADER,
                "reino_unido_2013.xlsx,Historias,Reino Unido,2013," + UK_FIGURES);
    }

    @Test
    void eachCountryAndYearIsEstimatedApartAndAListPairAloneIsChapman() throws IOException {
        Path csv = Files.writeString(folder.resolve("listas.csv"), """
                país,año,Policía,Albergue,n
                CR,2016,Sí,No,80
                CR,2016,No,Sí,80
                CR,2016,Sí,Sí,20
                BO,2016,Sí,No,30
                BO,2016,No,Sí,12
                """, StandardCharsets.UTF_8);

        Cli.Result result = Cli.run("estimate", csv.toString());

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out().lines()).containsExactly(HEADER,
                "listas.csv,listas,BO,2016,Policía;Albergue,42,,,,,,chapman,"
                        + "A list shares no one with the other lists: nothing links what it saw to what they saw.",
                "listas.csv,listas,CR,2016,Policía;Albergue,180,,485,324,646,,chapman,");

        Cli.Result spanish = Cli.run("estimate", "--lang", "es", csv.toString());
        assertThat(spanish.out().lines()).containsExactly(HEADER,
                "listas.csv,listas,BO,2016,Policía;Albergue,42,,,,,,chapman,"
                        + "Una lista no comparte a nadie con las demás: nada vincula lo que vio con lo que vieron ellas.",
                "listas.csv,listas,CR,2016,Policía;Albergue,180,,485,324,646,,chapman,");
    }

    @Test
    void anotherLanguageOrThresholdIsWrongUsage() throws IOException {
        Path csv = Files.writeString(folder.resolve("a.csv"), "A,B,count\n1,1,3\n", StandardCharsets.UTF_8);
        assertThat(Cli.run("estimate", "--lang", "fr", csv.toString()).exit()).isEqualTo(2);
        assertThat(Cli.run("estimate", "--threshold", "0", csv.toString()).exit()).isEqualTo(2);
    }

    @Test
    void badCellsAreToldWithTheirFileSheetAndCellAndNothingIsEstimated() throws IOException {
        Path csv = Files.writeString(folder.resolve("errores.csv"), """
                A,B,C,count
                1,0,0,12
                1,2,0,3
                0,0,0,4
                1,1,0,many
                0,1,1,-2
                """, StandardCharsets.UTF_8);

        Cli.Result result = Cli.run("estimate", csv.toString());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out().lines()).containsExactly(HEADER);
        assertThat(result.err().lines()).containsExactly(
                "errores.csv, sheet 'errores', cell B3: '2' is not a mark for the list 'B': write 1 (or x, Sí) when "
                        + "the people are on it, 0 (or nothing, No) when not",
                "errores.csv, sheet 'errores', cell A4: no list is marked on this row: every row is people on at least "
                        + "one list (those on none are what the estimate is for)",
                "errores.csv, sheet 'errores', cell D5: 'many' is not a count of people: write a whole number, 0 or more",
                "errores.csv, sheet 'errores', cell D6: '-2' is not a count of people: write a whole number, 0 or more");
    }

    @Test
    void aFileWithoutACountColumnOrNotASpreadsheetIsToldAndTheOthersAreStillEstimated() throws IOException {
        Path noCount = Files.writeString(folder.resolve("sin-conteo.csv"), "A,B\n1,0\n", StandardCharsets.UTF_8);
        Path notASheet = Files.writeString(folder.resolve("notas.xlsx"), "not a workbook", StandardCharsets.UTF_8);
        Path good = Files.writeString(folder.resolve("bien.csv"), "A,B,count\n1,0,80\n0,1,80\n1,1,20\n", StandardCharsets.UTF_8);

        Cli.Result result = Cli.run("estimate", noCount.toString(), notASheet.toString(), good.toString());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out().lines()).containsExactly(HEADER, "bien.csv,bien,,,A;B,180,,485,324,646,,chapman,");
        assertThat(result.err().lines()).hasSize(2);
        assertThat(result.err().lines().toList().get(0)).isEqualTo("sin-conteo.csv: no sheet has a header row with a "
                + "count column (count, n, frequency, freq, frecuencia, cantidad, contagem) and a column per list");
        assertThat(result.err().lines().toList().get(1)).startsWith("notas.xlsx: the file cannot be read (format-error)");
    }

    @Test
    void aMissingFileIsWrongUsage() {
        Cli.Result result = Cli.run("estimate", folder.resolve("nada.csv").toString());
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("not a file");
    }
}
