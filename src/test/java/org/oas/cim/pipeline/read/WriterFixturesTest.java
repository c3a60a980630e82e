package org.oas.cim.pipeline.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Workbooks written by other software than POI (LibreOffice 7.4, openpyxl 3.0; see
 * src/test/resources/read/README.md for how they were made), read as the researchers' own files would be.
 */
class WriterFixturesTest {
    @Test
    void libreOfficeXlsxReadsWithItsSharedStringsDateStyleAndFormulaCache() throws Exception {
        List<ReadBack.Sheet> sheets = ReadBack.read(fixture("libreoffice.xlsx"));

        assertLibreOfficeContent(sheets);
    }

    @Test
    void libreOfficeXlsReadsTheSameCells() throws Exception {
        List<ReadBack.Sheet> sheets = ReadBack.read(fixture("libreoffice.xls"));

        assertLibreOfficeContent(sheets);
    }

    @Test
    void openpyxlXlsxWithThe1904EpochInlineStringsAndAnUncomputedFormulaReads() throws Exception {
        List<ReadBack.Sheet> sheets = ReadBack.read(fixture("openpyxl.xlsx"));

        assertThat(sheets).extracting(ReadBack.Sheet::name).containsExactly("Datos", "Notas");
        ReadBack.Sheet data = sheets.get(0);
        assertThat(data.row(1).cells()).extracting(RawCell::text).containsExactly("País", "Fecha", "P6", "Doble", "Firmado", "Código");
        assertThat(data.row(2).cells()).as("openpyxl writes no cached value for a formula: the cell is left out")
                .containsExactly(
                        RawCell.text(1, "Panamá"),
                        new RawCell(2, "2002-03-15", 35868.0, LocalDateTime.of(2002, 3, 15, 0, 0)),
                        new RawCell(3, "1500", 1500.0, null),
                        RawCell.text(5, "TRUE"),
                        RawCell.text(6, "0042"));
        assertThat(data.row(3).cells()).extracting(RawCell::text)
                .containsExactly("Perú", "2002-03-15T10:30:00", "2.5", "FALSE", "Não");
        assertThat(sheets.get(1).row(3).cells()).containsExactly(RawCell.text(2, "Asociación"));
    }

    private static void assertLibreOfficeContent(List<ReadBack.Sheet> sheets) {
        assertThat(sheets).extracting(ReadBack.Sheet::name).containsExactly("Respuestas", "Notas");
        ReadBack.Sheet answers = sheets.get(0);
        assertThat(answers.row(1).cells()).extracting(RawCell::text).containsExactly("País", "Fecha", "P6", "Doble", "Firmado");
        assertThat(answers.row(2).cells()).containsExactly(
                RawCell.text(1, "Costa Rica"),
                new RawCell(2, "2002-03-15", 37330.0, LocalDateTime.of(2002, 3, 15, 0, 0)),
                new RawCell(3, "1500", 1500.0, null),
                new RawCell(4, "3000", 3000.0, null),
                RawCell.text(5, "TRUE"));
        assertThat(answers.row(3).cells()).containsExactly(
                RawCell.text(1, "Brasil"),
                new RawCell(3, "2.5", 2.5, null),
                new RawCell(4, "5", 5.0, null),
                RawCell.text(5, "Não"));
        assertThat(sheets.get(1).row(1).cells()).containsExactly(RawCell.text(1, "Asociación"));
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(WriterFixturesTest.class.getResource("/read/" + name).toURI());
    }
}
