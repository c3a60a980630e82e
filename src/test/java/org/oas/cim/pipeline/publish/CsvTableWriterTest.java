package org.oas.cim.pipeline.publish;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** CSV as outputs.md fixes it: RFC 4180, UTF-8 with a BOM, fixed number formats, no formula injection. */
class CsvTableWriterTest {
    @TempDir
    Path dir;

    private final Table sample = SampleTable.create();

    @Test
    void startsWithAByteOrderMarkByDefaultAndWithoutOneWhenSwitchedOff() throws IOException {
        byte[] withBom = bytes(new CsvTableWriter(true));
        byte[] without = bytes(new CsvTableWriter(false));
        assertThat(Arrays.copyOf(withBom, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(without, StandardCharsets.UTF_8)).startsWith("label,n,median,share,open_ended,status,day,at\r\n");
        assertThat(Arrays.copyOfRange(withBom, 3, withBom.length)).isEqualTo(without);
    }

    @Test
    void textThatLooksLikeAFormulaIsPrefixedWithAnApostropheButNegativeNumbersStayNumbers() throws Exception {
        List<String[]> rows = readBack();
        assertThat(rows).extracting(r -> r[0]).containsExactly("label",
                "'=HYPERLINK(\"http://x\",\"click\")", "'+34 600", "'-dash", "'@handle", "'\tindented", "'\rreturn",
                "Sí, \"comillas\"\nsegunda línea", "");
        assertThat(rows.get(1)[1]).isEqualTo("-5");
        assertThat(rows.get(1)[2]).isEqualTo("-0.2500");
    }

    @Test
    void numbersHaveAFixedFormatWithAPointAndNeverAnExponent() throws Exception {
        List<String[]> rows = readBack();
        assertThat(rows.get(1)).containsExactly("'=HYPERLINK(\"http://x\",\"click\")", "-5", "-0.2500", "0.7143", "true",
                "CORROBORATED", "2003-05-31", "2026-11-05T10:15:30Z");
        assertThat(rows.get(2)).contains("0.0001", "1.0000", "false");
        assertThat(rows.get(3)).contains("1234567", "1234567.0000", "0.0000");
        assertThat(rows.get(6)[2]).isEqualTo("0.0000");
        assertThat(rows.get(6)[3]).isEqualTo("0.1234");
        assertThat(rows.get(4)).containsExactly("'@handle", "", "", "", "", "STAGE1_ONLY", "2003-05-31", "2026-11-05T10:15:30Z");
    }

    @Test
    void recordsEndWithCrLfAndFieldsAreQuotedOnlyWhereNeeded() throws IOException {
        String text = new String(bytes(new CsvTableWriter(false)), StandardCharsets.UTF_8);
        assertThat(text).contains("\r\n'+34 600,0,0.0001,1.0000,false,CONTESTED,2003-05-31,2026-11-05T10:15:30Z\r\n");
        assertThat(text).contains("\"Sí, \"\"comillas\"\"\nsegunda línea\",7,127.5000");
        assertThat(text).endsWith(",8,3.0000,,,,2003-05-31,2026-11-05T10:15:30Z\r\n");
    }

    @Test
    void theSameTableGivesTheSameBytes() throws IOException {
        CsvTableWriter writer = new CsvTableWriter(true);
        writer.write(sample, dir.resolve("a.csv"));
        writer.write(SampleTable.create(), dir.resolve("b.csv"));
        assertThat(Files.readAllBytes(dir.resolve("a.csv"))).isEqualTo(Files.readAllBytes(dir.resolve("b.csv")));
    }

    private byte[] bytes(CsvTableWriter writer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(sample, out);
        return out.toByteArray();
    }

    private List<String[]> readBack() throws Exception {
        String text = new String(bytes(new CsvTableWriter(true)), StandardCharsets.UTF_8);
        assertThat(text.charAt(0)).isEqualTo('\uFEFF');
        try (CSVReader reader = new CSVReaderBuilder(new StringReader(text.substring(1)))
                .withCSVParser(new RFC4180Parser()).withKeepCarriageReturn(true).build()) {
            return reader.readAll();
        }
    }
}
