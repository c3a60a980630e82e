package org.oas.cim.pipeline.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oas.cim.pipeline.issue.IssueCode;

import com.opencsv.CSVWriter;

/** Delimited text as researchers' tools write it: encodings, delimiters, quotes. */
class CsvReaderTest {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @TempDir
    Path dir;

    @Test
    void utf8WithoutBomIsOneSheetNamedAfterTheFileWithTextCells() throws Exception {
        Path file = write("costa-rica-entrevistas.csv", StandardCharsets.UTF_8, null, "País,P6\nCosta Rica,1500\n");

        ReadBack.Sheet sheet = ReadBack.only(file);

        assertThat(sheet.name()).isEqualTo("costa-rica-entrevistas");
        assertThat(sheet.row(1).cells()).containsExactly(RawCell.text(1, "País"), RawCell.text(2, "P6"));
        assertThat(sheet.row(2).cells()).containsExactly(RawCell.text(1, "Costa Rica"), RawCell.text(2, "1500"));
        assertThat(sheet.row(2).cells()).allSatisfy(cell -> {
            assertThat(cell.number()).isNull();
            assertThat(cell.date()).isNull();
        });
    }

    @Test
    void theShareReadFollowsTheRowsThroughTheFile() throws Exception {
        StringBuilder text = new StringBuilder("País,P6,P7\n");
        for (int r = 1; r <= 40_000; r++) {
            text.append("Costa Rica,").append(r).append(",texto de la fila ").append(r).append('\n');
        }
        Path file = write("largo.csv", StandardCharsets.UTF_8, null, text.toString());

        try (WorkbookStream workbook = Spreadsheets.open(file, ReadLimits.defaults()); SheetStream sheet = workbook.nextSheet()) {
            int rows = 0;
            for (RawRow row = sheet.next(); row != null; row = sheet.next()) {
                if (++rows == 20_000) {
                    assertThat(workbook.shareRead()).as("half the rows read, and a buffer ahead").isBetween(0.45, 0.65);
                }
            }
            assertThat(workbook.shareRead()).isEqualTo(1.0);
        }
    }

    @Test
    void aUtf8ByteOrderMarkIsNotPartOfTheFirstCell() throws Exception {
        Path file = write("bom.csv", StandardCharsets.UTF_8, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "País;Organización\r\nPanamá;Asociación\r\n");

        ReadBack.Sheet sheet = ReadBack.only(file);

        assertThat(sheet.row(1).cells()).containsExactly(RawCell.text(1, "País"), RawCell.text(2, "Organización"));
        assertThat(sheet.row(2).cells()).containsExactly(RawCell.text(1, "Panamá"), RawCell.text(2, "Asociación"));
    }

    @Test
    void excelUnicodeTextIsUtf16LittleEndianWithBomAndTabs() throws Exception {
        Path file = write("unicode.txt", StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE},
                "País\tP3\tNotas\r\nBrasil\tNão\t\"com, vírgula\"\r\n");

        ReadBack.Sheet sheet = ReadBack.only(file);

        assertThat(sheet.row(1).cells()).extracting(RawCell::text).containsExactly("País", "P3", "Notas");
        assertThat(sheet.row(2).cells()).extracting(RawCell::text).containsExactly("Brasil", "Não", "com, vírgula");
    }

    @Test
    void utf16BigEndianWithBomIsRead() throws Exception {
        Path file = write("be.tsv", StandardCharsets.UTF_16BE, new byte[] {(byte) 0xFE, (byte) 0xFF}, "Año\tPaís\n2002\tMéxico\n");

        assertThat(ReadBack.only(file).row(2).cells()).extracting(RawCell::text).containsExactly("2002", "México");
    }

    @Test
    void windows1252WithSemicolonsAndAccentsIsRead() throws Exception {
        Path file = write("ong.csv", WINDOWS_1252, null,
                "Organización;País;Respuesta\r\nAsociación Niñez;Perú;Não\r\n\"Casa Alianza; Honduras\";Honduras;Sí\r\n");

        ReadBack.Sheet sheet = ReadBack.only(file);

        assertThat(sheet.row(2).cells()).extracting(RawCell::text).containsExactly("Asociación Niñez", "Perú", "Não");
        assertThat(sheet.row(3).cells()).extracting(RawCell::text).containsExactly("Casa Alianza; Honduras", "Honduras", "Sí");
    }

    @Test
    void pipesSeparateFieldsWhenTheyAreTheConsistentDelimiter() throws Exception {
        Path file = write("pipes.txt", StandardCharsets.UTF_8, null, "P1|P2|P3\nsí, claro|no|2,5\nno|sí|3\n");

        ReadBack.Sheet sheet = ReadBack.only(file);

        assertThat(sheet.row(2).cells()).extracting(RawCell::text).containsExactly("sí, claro", "no", "2,5");
        assertThat(sheet.row(3).cells()).extracting(RawCell::text).containsExactly("no", "sí", "3");
    }

    @Test
    void quotedFieldsHoldDelimitersLineBreaksAndDoubledQuotesAndRowsNumberTheirFirstLine() throws Exception {
        Path file = dir.resolve("quoted.csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8); CSVWriter csv = new CSVWriter(out)) {
            csv.writeNext(new String[] {"Organización", "Notas"}, false);
            csv.writeNext(new String[] {"Casa Alianza, Honduras", "línea 1\nlínea 2\nlínea 3"});
            csv.writeNext(new String[] {"Dijo \"sí\"", "C:\\datos\\2002"});
        }

        List<RawRow> rows = ReadBack.only(file).rows();

        assertThat(rows).extracting(RawRow::number).containsExactly(1, 2, 5);
        assertThat(rows.get(1).cells()).extracting(RawCell::text).containsExactly("Casa Alianza, Honduras", "línea 1\nlínea 2\nlínea 3");
        assertThat(rows.get(2).cells()).extracting(RawCell::text).containsExactly("Dijo \"sí\"", "C:\\datos\\2002");
    }

    @Test
    void blankRecordsAreSkippedAndEmptyFieldsLeaveNoCell() throws Exception {
        Path file = write("blank.csv", StandardCharsets.UTF_8, null, "a,b,c\n\n,,\n,x,\n");

        List<RawRow> rows = ReadBack.only(file).rows();

        assertThat(rows).extracting(RawRow::number).containsExactly(1, 4);
        assertThat(rows.get(1).cells()).containsExactly(RawCell.text(2, "x"));
    }

    @Test
    void decimalCommasDoNotTurnSemicolonSeparatedTextIntoCommaSeparated() throws Exception {
        Path file = write("decimales.csv", WINDOWS_1252, null, "Encuesta 2002\n\nP6;P7;P8\n2,5;3;1,25\n1,5;4,25;7\n");

        ReadBack.Sheet sheet = ReadBack.only(file);

        assertThat(sheet.row(1).cells()).containsExactly(RawCell.text(1, "Encuesta 2002"));
        assertThat(sheet.row(4).cells()).extracting(RawCell::text).containsExactly("2,5", "3", "1,25");
    }

    @Test
    void aSingleColumnFileIsOneCellPerLine() throws Exception {
        Path file = write("lista.csv", StandardCharsets.UTF_8, null, "Costa Rica\nBelice");

        assertThat(ReadBack.only(file).rows()).extracting(row -> row.cells().get(0).text()).containsExactly("Costa Rica", "Belice");
    }

    @Test
    void aOneByteFileIsOneCell() throws Exception {
        assertThat(ReadBack.only(write("x.csv", StandardCharsets.US_ASCII, null, "x")).rows())
                .singleElement().satisfies(row -> assertThat(row.cells()).containsExactly(RawCell.text(1, "x")));
    }

    @Test
    void anUnclosedQuoteFoundWhilePullingRowsIsAnUnreadableStream() throws Exception {
        Path file = write("roto.csv", StandardCharsets.UTF_8, null, "a,b\n1,2\n\"abierto,3\n4,5\n");

        try (WorkbookStream workbook = Spreadsheets.open(file, ReadLimits.defaults())) {
            SheetStream sheet = workbook.nextSheet();
            assertThat(sheet.next().number()).isEqualTo(1);
            assertThat(sheet.next().number()).isEqualTo(2);
            assertThatThrownBy(sheet::next).isInstanceOfSatisfying(UnreadableStreamException.class,
                    e -> assertThat(e.unreadable().code()).isEqualTo(IssueCode.FORMAT_ERROR));
        }
    }

    private Path write(String name, Charset charset, byte[] bom, String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (bom != null) {
            bytes.write(bom);
        }
        bytes.write(text.getBytes(charset));
        return Files.write(dir.resolve(name), bytes.toByteArray());
    }
}
