package org.oas.cim.pipeline.publish;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class SafeCsvWriterTest {
    @Test
    void aCellThatWouldRunAsAFormulaIsWrittenAsTextButAPlainNumberStaysANumber() {
        assertThat(SafeCsvWriter.cell(null)).isEmpty();
        assertThat(SafeCsvWriter.cell("Guatemala")).isEqualTo("Guatemala");
        assertThat(SafeCsvWriter.cell("12")).isEqualTo("12");
        assertThat(SafeCsvWriter.cell("-5")).isEqualTo("-5");
        assertThat(SafeCsvWriter.cell("-0.25")).isEqualTo("-0.25");
        assertThat(SafeCsvWriter.cell("-5 personas")).isEqualTo("'-5 personas");
        assertThat(SafeCsvWriter.cell("-")).isEqualTo("'-");
        assertThat(SafeCsvWriter.cell("+1")).isEqualTo("'+1");
        assertThat(SafeCsvWriter.cell("=SUM(A1:A9)")).isEqualTo("'=SUM(A1:A9)");
        assertThat(SafeCsvWriter.cell("@user")).isEqualTo("'@user");
    }

    @Test
    void rowsAreQuotedWhereNeeded() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SafeCsvWriter csv = SafeCsvWriter.open(out, false, "\n")) {
            csv.row("a,b", "say \"hi\"", null, "=1+1", "-3");
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("\"a,b\",\"say \"\"hi\"\"\",,'=1+1,-3\n");
    }
}
