package org.oas.cim.pipeline.poison;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.oas.cim.pipeline.report.BadFiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Test helper: workbooks as other programs save them, written with POI: protected by Excel's default password, an
 * Excel 97-2003 stream under another name, Strict Open XML, an empty workbook, a truncated zip. Each holds one good
 * questionnaire respondent where it holds any.
 */
final class ForeignWorkbooks {
    private static final String[][] GOOD_ROWS = {
            {"País", "Organización", "Tipo de informante", "P1", "P6"}, {"Costa Rica", "Casa Alianza", "ONG", "Sí", "50-100"}};

    private ForeignWorkbooks() {
    }

    /** An xlsx encrypted with the password Excel uses when the workbook is protected without one ("VelvetSweatshop"). */
    static Path defaultPassword(Path folder) throws IOException {
        Path plain = BadFiles.xlsx(Files.createTempFile(folder, "plain", ".xlsx"), "Respuestas", GOOD_ROWS);
        Path file = folder.resolve("CR_protegido.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(Decryptor.DEFAULT_PASSWORD);
            try (OutputStream out = encryptor.getDataStream(fs); InputStream in = Files.newInputStream(plain)) {
                in.transferTo(out);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        } catch (java.security.GeneralSecurityException e) {
            throw new IOException(e);
        }
        Files.delete(plain);
        return file;
    }

    /** An Excel 97-2003 workbook whose record stream is named {@code BOOK} rather than {@code Workbook}. */
    static Path biff8InBookStream(Path folder) throws IOException {
        byte[] xls;
        try (HSSFWorkbook workbook = new HSSFWorkbook(); var bytes = new java.io.ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Respuestas");
            for (int r = 0; r < GOOD_ROWS.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < GOOD_ROWS[r].length; c++) {
                    row.createCell(c).setCellValue(GOOD_ROWS[r][c]);
                }
            }
            workbook.write(bytes);
            xls = bytes.toByteArray();
        }
        Path file = folder.resolve("CR_book_stream.xls");
        try (POIFSFileSystem fs = new POIFSFileSystem(new java.io.ByteArrayInputStream(xls))) {
            fs.getRoot().getEntry("Workbook").renameTo("BOOK");
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        return file;
    }

    /** A workbook saved as Strict Open XML: its relationships in the Strict namespace (only the package's start here). */
    static Path strict(Path folder) throws IOException {
        return rewritten(folder, "CR_strict.xlsx", ".rels",
                Pattern.quote("http://schemas.openxmlformats.org/officeDocument/2006/relationships/"),
                "http://purl.oclc.org/ooxml/officeDocument/relationships/");
    }

    /** A workbook whose cell B2 refers to shared string 99, of the ten the workbook holds. */
    static Path badSharedString(Path folder) throws IOException {
        return rewritten(folder, "CR_texto_perdido.xlsx", "sheet1.xml", "(<c r=\"B2\"[^>]*><v>)\\d+(</v>)", "$199$2");
    }

    /** A workbook whose one cell holds {@code length} times the same letter: tiny packed, large inflated. */
    static Path repetitiveCell(Path folder, int length) throws IOException {
        return rewritten(folder, "CR_celda_larga.xlsx", "sharedStrings.xml", "Casa Alianza", "a".repeat(length));
    }

    /**
     * The good workbook with the pattern {@code from} replaced by {@code to} (a regular expression and its replacement)
     * in the parts whose names end with {@code part}.
     */
    private static Path rewritten(Path folder, String name, String part, String from, String to) throws IOException {
        Path plain = BadFiles.xlsx(Files.createTempFile(folder, "plain", ".xlsx"), "Respuestas", GOOD_ROWS);
        Path file = folder.resolve(name);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(plain));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().endsWith(part)) {
                    String text = new String(bytes, StandardCharsets.UTF_8);
                    String changed = text.replaceAll(from, to);
                    if (changed.equals(text)) {
                        throw new IllegalStateException(entry.getName() + " does not hold " + from);
                    }
                    bytes = changed.getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        Files.delete(plain);
        return file;
    }

    /** The good workbook with one more value in the sheet's last row (1,048,576), in a column without a header. */
    static Path valueInLastRow(Path folder) throws IOException {
        Path file = folder.resolve("CR_ultima_fila.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Respuestas");
            for (int r = 0; r < GOOD_ROWS.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < GOOD_ROWS[r].length; c++) {
                    row.createCell(c).setCellValue(GOOD_ROWS[r][c]);
                }
            }
            sheet.createRow(1_048_575).createCell(8).setCellValue("x");
            workbook.write(out);
        }
        return file;
    }

    /** A workbook of one sheet without a single cell. */
    static Path empty(Path folder) throws IOException {
        Path file = folder.resolve("CR_vacio.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("Respuestas");
            workbook.write(out);
        }
        return file;
    }

    /** A good xlsx cut off half-way, as an interrupted download or copy leaves it. */
    static Path truncatedZip(Path folder) throws IOException {
        Path file = BadFiles.xlsx(folder.resolve("CR_cortado.xlsx"), "Respuestas", GOOD_ROWS);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        return file;
    }
}
