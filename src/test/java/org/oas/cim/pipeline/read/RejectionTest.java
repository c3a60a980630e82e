package org.oas.cim.pipeline.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oas.cim.pipeline.issue.IssueCode;

/** Every way a whole file is refused, and the code a researcher's report gets for it. */
class RejectionTest {
    @TempDir
    Path dir;

    /** POI's zip limits are JVM-wide: tests that tighten them must not leave them tight for other tests. */
    @AfterEach
    void restorePoisZipLimits() {
        ZipSecureFile.setMinInflateRatio(ReadLimits.DEFAULT_MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(ReadLimits.DEFAULT_MAX_ENTRY_BYTES);
    }

    @Test
    void aFileOfZeroBytesIsAFormatError() throws Exception {
        assertRejected(Files.createFile(dir.resolve("vacio.xlsx")), IssueCode.FORMAT_ERROR);
        assertRejected(Files.createFile(dir.resolve("vacio.csv")), IssueCode.FORMAT_ERROR);
    }

    @Test
    void aFileWithoutASingleCellIsAFormatError() throws Exception {
        assertRejected(Files.writeString(dir.resolve("blancos.csv"), "\n\n,,\n,,,\n"), IssueCode.FORMAT_ERROR);
        Path workbook = xlsx("hojas-vacias.xlsx", wb -> {
            wb.createSheet("Uno");
            wb.createSheet("Dos").createRow(3).createCell(2).setCellValue("");
        });
        assertRejected(workbook, IssueCode.FORMAT_ERROR);
    }

    @Test
    void anAgileEncryptedWorkbookIsAnEncryptedFile() throws Exception {
        Path plain = xlsx("plano.xlsx", wb -> wb.createSheet("S").createRow(0).createCell(0).setCellValue("secreto"));
        Path encrypted = dir.resolve("cifrado.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("clave");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                Files.copy(plain, out);
            }
            try (OutputStream out = Files.newOutputStream(encrypted)) {
                fs.writeFilesystem(out);
            }
        }

        assertRejected(encrypted, IssueCode.ENCRYPTED_FILE);
    }

    @Test
    void aPasswordProtectedXlsIsAnEncryptedFile() throws Exception {
        Path file = dir.resolve("cifrado.xls");
        Biff8EncryptionKey.setCurrentUserPassword("clave");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("S").createRow(0).createCell(0).setCellValue("secreto");
            wb.write(out);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }

        assertRejected(file, IssueCode.ENCRYPTED_FILE);
    }

    @Test
    void aTruncatedWorkbookIsAFormatError() throws Exception {
        Path whole = xlsx("entero.xlsx", wb -> {
            for (int r = 0; r < 200; r++) {
                wb.createSheet().createRow(r);
            }
        });
        byte[] bytes = Files.readAllBytes(whole);
        assertRejected(Files.write(dir.resolve("cortado.xlsx"), Arrays.copyOf(bytes, bytes.length / 2)), IssueCode.FORMAT_ERROR);

        Path xls = dir.resolve("entero.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
            wb.createSheet("S").createRow(0).createCell(0).setCellValue("x");
            wb.write(out);
        }
        byte[] xlsBytes = Files.readAllBytes(xls);
        assertRejected(Files.write(dir.resolve("cortado.xls"), Arrays.copyOf(xlsBytes, 1024)), IssueCode.FORMAT_ERROR);
    }

    @Test
    void bytesThatAreNoWorkbookUnderAWorkbookNameAreAFormatError() throws Exception {
        assertRejected(Files.writeString(dir.resolve("ruido.xlsx"), "esto no es un libro"), IssueCode.FORMAT_ERROR);
    }

    @Test
    void aFileOverTheSizeLimitIsTooLarge() throws Exception {
        Path file = Files.writeString(dir.resolve("grande.csv"), "a,b\n".repeat(1000));

        assertThatThrownBy(() -> Spreadsheets.open(file, ReadLimits.defaults().withMaxFileBytes(1000)))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> assertThat(e.code()).isEqualTo(IssueCode.TOO_LARGE));
        assertThat(ReadBack.read(file, ReadLimits.defaults().withMaxFileBytes(4000))).hasSize(1);
    }

    @Test
    void aZipBombIsTooLarge() throws Exception {
        Path bomb = new MinimalXlsx().rawSheet("S", repeatedSheet(10_000_000)).write(dir.resolve("bomba.xlsx"));

        assertThat(Files.size(bomb)).isLessThan(100_000);
        assertRejected(bomb, IssueCode.TOO_LARGE);
    }

    @Test
    void aSheetOverTheEntrySizeLimitIsTooLarge() throws Exception {
        Path file = new MinimalXlsx().sheet("S", "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>").write(dir.resolve("entrada.xlsx"));

        assertThatThrownBy(() -> Spreadsheets.open(file, ReadLimits.defaults().withMaxEntryBytes(50)))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> assertThat(e.code()).isEqualTo(IssueCode.TOO_LARGE));
    }

    @Test
    void aZipBombThatUnderstatesItsSizeIsCaughtByPoisGuardWhileRowsArePulled() throws Exception {
        Map<String, byte[]> parts = new MinimalXlsx()
                .sheet("Buena", "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")
                .rawSheet("Bomba", repeatedSheet(10_000_000))
                .parts();
        Path file = understateSize(MinimalXlsx.zip(dir.resolve("mentira.xlsx"), parts), "xl/worksheets/sheet2.xml", 1000);

        try (WorkbookStream workbook = Spreadsheets.open(file, ReadLimits.defaults())) {
            assertThat(workbook.nextSheet().next().cells()).hasSize(1);
            SheetStream bomb = workbook.nextSheet();
            assertThatThrownBy(bomb::next).isInstanceOfSatisfying(UnreadableStreamException.class,
                    e -> assertThat(e.unreadable().code()).isEqualTo(IssueCode.TOO_LARGE));
        }
    }

    @Test
    void otherFormatsAreUnsupportedWithAMessageToSaveAsXlsxOrCsv() throws Exception {
        byte[] ods = ods();
        byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        byte[] docx = docx();

        for (Path file : new Path[] {
                Files.write(dir.resolve("respuestas.ods"), ods),
                Files.write(dir.resolve("respuestas.pdf"), pdf),
                Files.write(dir.resolve("respuestas.docx"), docx),
                Files.write(dir.resolve("respuestas.numbers"), ods),
                Files.write(dir.resolve("respuestas"), pdf),
                Files.write(dir.resolve("ods-renombrado.xlsx"), ods),
                Files.write(dir.resolve("pdf-renombrado.xlsx"), pdf),
                Files.write(dir.resolve("docx-renombrado.xlsx"), docx),
                Files.writeString(dir.resolve("pagina.xls"), "<!DOCTYPE html><html><body><table></table></body></html>")}) {
            assertThatThrownBy(() -> Spreadsheets.open(file, ReadLimits.defaults()))
                    .as(file.getFileName().toString())
                    .isInstanceOfSatisfying(UnreadableFileException.class, e -> {
                        assertThat(e.code()).isEqualTo(IssueCode.UNSUPPORTED_FORMAT);
                        assertThat(e.getMessage()).contains("save it as .xlsx or .csv");
                    });
        }
    }

    @Test
    void contentDecidesHowAnAcceptedNameIsRead() throws Exception {
        Path xlsx = xlsx("libro.xlsx", wb -> wb.createSheet("S").createRow(0).createCell(0).setCellValue("xlsx"));
        Path xls = dir.resolve("libro.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
            wb.createSheet("S").createRow(0).createCell(0).setCellValue("xls");
            wb.write(out);
        }

        assertThat(ReadBack.only(Files.copy(xlsx, dir.resolve("mal-nombrado.xls"))).text(1, 1)).isEqualTo("xlsx");
        assertThat(ReadBack.only(Files.copy(xls, dir.resolve("mal-nombrado.xlsx"))).text(1, 1)).isEqualTo("xls");
    }

    @Test
    void aDirectoryIsNoFileToRead() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("carpeta.csv"));

        assertThatThrownBy(() -> Spreadsheets.open(folder, ReadLimits.defaults())).isInstanceOf(IOException.class);
    }

    private static void assertRejected(Path file, IssueCode code) {
        assertThatThrownBy(() -> Spreadsheets.open(file, ReadLimits.defaults()))
                .as(file.getFileName().toString())
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    interface Filler {
        void fill(Workbook workbook);
    }

    private Path xlsx(String name, Filler filler) throws IOException {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            filler.fill(wb);
            wb.write(out);
        }
        return file;
    }

    /** A sheet that is one huge run of the same byte: it deflates about a thousandfold. */
    private static byte[] repeatedSheet(int length) {
        byte[] head = ("<worksheet xmlns=\"" + MinimalXlsx.MAIN_NS + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = "</t></is></c></row></sheetData></worksheet>".getBytes(StandardCharsets.UTF_8);
        byte[] xml = new byte[head.length + length + tail.length];
        System.arraycopy(head, 0, xml, 0, head.length);
        Arrays.fill(xml, head.length, head.length + length, (byte) 'a');
        System.arraycopy(tail, 0, xml, head.length + length, tail.length);
        return xml;
    }

    /** Rewrites the uncompressed size the central directory declares for one entry. */
    private static Path understateSize(Path zip, String entry, int declared) throws IOException {
        byte[] bytes = Files.readAllBytes(zip);
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        byte[] name = entry.getBytes(StandardCharsets.UTF_8);
        for (int at = 0; at + 46 < bytes.length; at++) {
            if (buffer.getInt(at) == 0x02014b50 && buffer.getShort(at + 28) == name.length
                    && Arrays.equals(bytes, at + 46, at + 46 + name.length, name, 0, name.length)) {
                buffer.putInt(at + 24, declared);
                return Files.write(zip, bytes);
            }
        }
        throw new AssertionError("no central directory entry " + entry);
    }

    private static byte[] ods() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("mimetype", "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
        entries.put("content.xml", ("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\">"
                + "<office:body><office:spreadsheet/></office:body></office:document-content>").getBytes(StandardCharsets.UTF_8));
        return Files.readAllBytes(MinimalXlsx.zip(Files.createTempFile("read", ".ods"), entries));
    }

    private static byte[] docx() throws IOException {
        String rels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", ("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                + "</Types>").getBytes(StandardCharsets.UTF_8));
        entries.put("_rels/.rels", ("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + rels + "/officeDocument\" Target=\"word/document.xml\"/></Relationships>")
                .getBytes(StandardCharsets.UTF_8));
        entries.put("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>"
                .getBytes(StandardCharsets.UTF_8));
        return Files.readAllBytes(MinimalXlsx.zip(Files.createTempFile("read", ".docx"), entries));
    }
}
