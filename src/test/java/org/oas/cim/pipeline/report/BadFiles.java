package org.oas.cim.pipeline.report;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Small files with the mistakes researchers make, one per language, written with POI (or as a CSV) into a folder.
 * Each holds personal data (names) that no report may show.
 */
public final class BadFiles {
    static final String SPANISH = "encuesta_ong_2002.xlsx";
    static final String PORTUGUESE = "questionario_ong.xlsx";
    static final String ENGLISH = "survey_ngo.csv";
    static final String[] NAMES = {"María Pérez Solano", "Juan Mora Vargas", "Ana Souza Lima", "Pedro Alves Costa",
            "Peter Brown Smith", "Mary Jones Clark"};

    private BadFiles() {
    }

    /**
     * Respondent in row 2 taken with a bad estimate (G2) and an impossible date (H2); row 3 names no known country
     * (A3), row 4 a country of no phase and an answer that is no option (E4): both rows not taken.
     */
    public static Path spanish(Path folder) throws IOException {
        return xlsx(folder.resolve(SPANISH), "Respuestas", new String[][] {
                {"País", "Organización", "Tipo de informante", "Nombre de quien responde", "P1", "P3", "P6", "Fecha"},
                {"Costa Rica", "Casa Alianza", "ONG", NAMES[0], "Sí", "Prostitución; Turismo sexual", "muchísimas", "31/02/2002"},
                {"Narnia", null, "ONG", NAMES[1], "No", null, "50-100", "15/03/2002"},
                {"Argentina", null, "ONG", null, "quizás", null, "10", null}});
    }

    /** Two respondents taken: a new organization (B2), a month 13 (H2), an answer that is no option (E3), a negative estimate (G3). */
    public static Path portuguese(Path folder) throws IOException {
        return xlsx(folder.resolve(PORTUGUESE), "Respostas", new String[][] {
                {"País", "Organização", "Tipo de informante", "Nome de quem responde", "P1", "P5", "P6", "Data"},
                {"Brasil", "Instituto Novo Horizonte", "ONG", NAMES[2], "Sim", "Não sabe", "cerca de 300", "15/13/2003"},
                {"Brasil", null, "ONG", NAMES[3], "Talvez", "12 a 14", "-5", "01/06/2004"}});
    }

    /** A CSV: a header that would run as a formula (H1), a bad estimate (F2), an impossible date (G2). */
    public static Path english(Path folder) throws IOException {
        Path file = folder.resolve(ENGLISH);
        Files.writeString(file, String.join("\r\n",
                "Country,Organization,Type of respondent,Name of the person answering,P1,P6,Date,\"=HYPERLINK(\"\"http://x\"\")\"",
                "Jamaica,,NGO," + NAMES[4] + ",Yes,lots,2005-13-01,",
                "Jamaica,,NGO," + NAMES[5] + ",Don't know,around 300,2005-03-01,") + "\r\n", StandardCharsets.UTF_8);
        return file;
    }

    /** A good file: one respondent, no issue at all. */
    public static Path good(Path folder) throws IOException {
        return xlsx(folder.resolve("CR_bien.xlsx"), "Respuestas", new String[][] {
                {"País", "Organización", "Tipo de informante", "P1", "P6"},
                {"Costa Rica", "Casa Alianza", "ONG", "Sí", "50-100"}});
    }

    public static Path xlsx(Path file, String sheetName, String[][] rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet(sheetName);
            for (int r = 0; r < rows.length; r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] != null) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }
}
