package org.oas.cim.pipeline.bench;

import com.opencsv.CSVWriter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes large questionnaire files for the benchmark: one respondent per row, every kind of value the
 * grammar knows, written as a stream (POI's SXSSF, OpenCSV) so that making them needs no memory either.
 */
final class BenchmarkFiles {
    static final List<String> HEADER = List.of("R1. País", "R3. Organización", "R4. Tipo de informante", "R5. Nombre de quien responde",
            "R7. Fecha", "P1", "P2", "P3", "P4", "P5", "P6", "P10", "P11", "L1", "L2", "L3", "L4", "L5", "L6", "L7", "S1", "S2", "S3");

    private static final String[][] VALUES = {
            {"Costa Rica", "CR", "costa rica"},
            {"Casa Alianza", "Fundación PANIAMOR", "CEFEMINA", "Red local de mujeres"},
            {"ONG", "Experto independiente", "Organismo internacional"},
            {"Persona"},
            {"15/03/2002", "2002-04-01", "marzo 2002"},
            {"Sí", "No", "No sabe"},
            {"Origen; Destino", "Tránsito", "origen, tránsito y destino"},
            {"Prostitución; Turismo sexual", "Servidumbre doméstica", "Pornografía / Trabajo forzoso"},
            {"Mujeres adultas; Niñas y niños menores de 12 años", "Adolescentes mujeres"},
            {"15 a 17", "12 a 14", "No sabe"},
            {"entre 100 y 200", "1.500", "más de 300", "aprox. 250", "cientos"},
            {"Sí", "No"},
            {"sí", "NS/NR", "no"},
            {"Sí", "No"},
            {"Ratificado", "Firmado, no ratificado"},
            {"50-100", "12", "-"},
            {"3", "menos de 5"},
            {"A menudo", "A veces", "Rara vez"},
            {"Sí", "No"},
            {"2", "Mala", "Regular"},
            {"Albergue; Asistencia legal", "Línea telefónica de denuncia"},
            {"4", "Buena"},
            {"Sí", "No sabe"},
    };

    private BenchmarkFiles() {
    }

    static String value(int respondent, int column) {
        String[] choices = VALUES[column];
        String value = choices[(respondent + column) % choices.length];
        return column == 3 ? value + " " + respondent : value;
    }

    static void writeXlsx(Path file, int respondents) throws IOException {
        Files.createDirectories(file.getParent());
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Cuestionarios");
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADER.size(); c++) {
                header.createCell(c).setCellValue(HEADER.get(c));
            }
            for (int r = 1; r <= respondents; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < HEADER.size(); c++) {
                    row.createCell(c).setCellValue(value(r, c));
                }
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    static void writeCsv(Path file, int respondents) throws IOException {
        Files.createDirectories(file.getParent());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVWriter csv = new CSVWriter(out, ';', CSVWriter.DEFAULT_QUOTE_CHARACTER, CSVWriter.DEFAULT_ESCAPE_CHARACTER, "\r\n")) {
            csv.writeNext(HEADER.toArray(String[]::new), false);
            String[] row = new String[HEADER.size()];
            for (int r = 1; r <= respondents; r++) {
                for (int c = 0; c < HEADER.size(); c++) {
                    row[c] = value(r + respondents, c);
                }
                csv.writeNext(row, false);
            }
        }
    }
}
