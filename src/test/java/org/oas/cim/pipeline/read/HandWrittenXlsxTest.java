package org.oas.cim.pipeline.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oas.cim.pipeline.issue.IssueCode;

/** xlsx parts written by hand, as writers other than Excel and POI produce them. */
class HandWrittenXlsxTest {
    @TempDir
    Path dir;

    @Test
    void rowsAndCellsWithoutReferencesAreCounted() throws Exception {
        Path file = new MinimalXlsx().sheet("S",
                "<row><c t=\"inlineStr\"><is><t>a</t></is></c><c/><c><v>3</v></c></row>"
                        + "<row r=\"5\"><c r=\"C5\"><v>1</v></c><c><v>2</v></c></row>"
                        + "<row><c><v>9</v></c></row>")
                .write(dir.resolve("norefs.xlsx"));

        ReadBack.Sheet sheet = ReadBack.only(file);

        assertThat(sheet.rows()).extracting(RawRow::number).containsExactly(1, 5, 6);
        assertThat(sheet.row(1).cells()).containsExactly(RawCell.text(1, "a"), new RawCell(3, "3", 3.0, null));
        assertThat(sheet.row(5).cells()).extracting(RawCell::column).containsExactly(3, 4);
        assertThat(sheet.row(6).cells()).containsExactly(new RawCell(1, "9", 9.0, null));
    }

    @Test
    void sharedStringsLeaveOutPhoneticGuidesAndDecodeEscapedCharacters() throws Exception {
        Path file = new MinimalXlsx()
                .sharedStrings(
                        "<si><r><t>Casa </t></r><r><rPr><b/></rPr><t>Alianza</t></r><rPh sb=\"0\" eb=\"1\"><t>カサ</t></rPh></si>",
                        "<si><t>línea 1_x000D_\nlínea 2</t></si>",
                        "<si><t>_x005F_x0041_ queda</t></si>")
                .sheet("S", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c></row>")
                .write(dir.resolve("sst.xlsx"));

        assertThat(ReadBack.only(file).row(1).cells()).extracting(RawCell::text)
                .containsExactly("Casa Alianza", "línea 1\r\nlínea 2", "_x0041_ queda");
    }

    @Test
    void theWorkbooks1904FlagAndItsDateStylesMakeDates() throws Exception {
        Path file = new MinimalXlsx().date1904()
                .styles("<numFmts><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/><numFmt numFmtId=\"165\" formatCode=\"0.00\"/></numFmts>",
                        "<xf numFmtId=\"0\"/>", "<xf numFmtId=\"14\"/>", "<xf numFmtId=\"164\"/>", "<xf numFmtId=\"165\"/>")
                .sheet("S", "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>0</v></c><c r=\"B1\" s=\"2\"><v>35868.5</v></c>"
                        + "<c r=\"C1\" s=\"3\"><v>35868</v></c><c r=\"D1\" s=\"0\"><v>35868</v></c><c r=\"E1\" s=\"9\"><v>1</v></c></row>")
                .write(dir.resolve("1904.xlsx"));

        RawRow row = ReadBack.only(file).row(1);

        assertThat(row.cell(1).orElseThrow()).isEqualTo(new RawCell(1, "1904-01-01", 0.0, LocalDateTime.of(1904, 1, 1, 0, 0)));
        assertThat(row.cell(2).orElseThrow().text()).isEqualTo("2002-03-15T12:00:00");
        assertThat(row.cell(3).orElseThrow()).as("a custom number format is no date").isEqualTo(new RawCell(3, "35868", 35868.0, null));
        assertThat(row.cell(4).orElseThrow().isDate()).isFalse();
        assertThat(row.cell(5).orElseThrow().isDate()).as("a style index beyond the styles is no date").isFalse();
    }

    @Test
    void isoDateCellsAreDatesAndBooleansErrorsAndFormulaStringsAreText() throws Exception {
        Path file = new MinimalXlsx().sheet("S", "<row r=\"1\">"
                        + "<c r=\"A1\" t=\"d\"><v>2002-03-15T00:00:00Z</v></c>"
                        + "<c r=\"B1\" t=\"b\"><v>1</v></c>"
                        + "<c r=\"C1\" t=\"e\"><f>NA()</f><v>#N/A</v></c>"
                        + "<c r=\"D1\" t=\"str\"><f>A1&amp;\"x\"</f><v>Sí &amp; no</v></c>"
                        + "<c r=\"E1\"><f>1+1</f></c>"
                        + "</row>")
                .write(dir.resolve("types.xlsx"));

        RawRow row = ReadBack.only(file).row(1);

        assertThat(row.cells()).extracting(RawCell::text).containsExactly("2002-03-15", "TRUE", "#N/A", "Sí & no");
        assertThat(row.cell(1).orElseThrow().date()).isEqualTo(LocalDateTime.of(2002, 3, 15, 0, 0));
        assertThat(row.cell(1).orElseThrow().number()).isEqualTo(37330.0);
    }

    @Test
    void prefixedElementsAreReadLikeUnprefixedOnes() throws Exception {
        String xml = "<x:worksheet xmlns:x=\"" + MinimalXlsx.MAIN_NS + "\"><x:sheetData>"
                + "<x:row r=\"2\"><x:c r=\"B2\" t=\"inlineStr\"><x:is><x:t>hola</x:t></x:is></x:c></x:row>"
                + "</x:sheetData></x:worksheet>";
        Path file = new MinimalXlsx().rawSheet("S", xml.getBytes(StandardCharsets.UTF_8)).write(dir.resolve("prefix.xlsx"));

        assertThat(ReadBack.only(file).row(2).cells()).containsExactly(RawCell.text(2, "hola"));
    }

    @Test
    void brokenXmlInALaterSheetIsAnUnreadableStreamWhenItsRowsArePulled() throws Exception {
        Path file = new MinimalXlsx()
                .sheet("Buena", "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")
                .rawSheet("Rota", ("<worksheet xmlns=\"" + MinimalXlsx.MAIN_NS + "\"><sheetData><row r=\"1\"><c r=\"A1\"><v>7</v></c></row>"
                        + "<row r=\"2\"><c r=\"A2\"><v>8</v></row></sheetData></worksheet>").getBytes(StandardCharsets.UTF_8))
                .write(dir.resolve("broken.xlsx"));

        try (WorkbookStream workbook = Spreadsheets.open(file, ReadLimits.defaults())) {
            assertThat(workbook.nextSheet().next().cells()).containsExactly(new RawCell(1, "1", 1.0, null));
            SheetStream broken = workbook.nextSheet();
            assertThat(broken.next().cells()).containsExactly(new RawCell(1, "7", 7.0, null));
            assertThatThrownBy(broken::next).isInstanceOfSatisfying(UnreadableStreamException.class,
                    e -> assertThat(e.unreadable().code()).isEqualTo(IssueCode.FORMAT_ERROR));
        }
    }

    @Test
    void aReferenceToAMissingSharedStringIsCorruption() throws Exception {
        Path file = new MinimalXlsx().sharedStrings("<si><t>uno</t></si>")
                .sheet("S", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>5</v></c></row>")
                .write(dir.resolve("sst-missing.xlsx"));

        assertThatThrownBy(() -> Spreadsheets.open(file, ReadLimits.defaults()))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> assertThat(e.code()).isEqualTo(IssueCode.FORMAT_ERROR));
    }
}
