package org.oas.cim.pipeline.poison;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oas.cim.pipeline.report.Cli;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code validate} over workbooks as other programs save them: each gets its true verdict, in plain words. */
class ForeignWorkbooksValidateTest {
    @TempDir
    Path folder;

    @Test
    void aWorkbookProtectedOnlyByExcelsDefaultPasswordIsReadLikeAnyOther() throws Exception {
        Cli.Result result = validate(ForeignWorkbooks.defaultPassword(folder));

        assertThat(result.out()).containsPattern("Respondents taken: +1\\n").doesNotContain("password");
    }

    @Test
    void anExcel97WorkbookWhoseStreamIsNamedBookIsRead() throws Exception {
        Cli.Result result = validate(ForeignWorkbooks.biff8InBookStream(folder));

        assertThat(result.out()).containsPattern("Respondents taken: +1\\n");
    }

    @Test
    void aStrictOpenXmlWorkbookIsToldToBeSavedAsAnOrdinaryWorkbook() throws Exception {
        Cli.Result result = validate(ForeignWorkbooks.strict(folder));

        assertThat(result.out()).contains("unsupported-format", "Strict Open XML", "Excel Workbook (.xlsx)");
    }

    @Test
    void anEmptyWorkbookIsToldItIsEmptyNotDamaged() throws Exception {
        Cli.Result result = validate(ForeignWorkbooks.empty(folder));

        assertThat(result.out()).contains("format-error", "holds no cell").doesNotContain("damaged");
    }

    @Test
    void aTruncatedZipIsToldItIsIncomplete() throws Exception {
        Cli.Result result = validate(ForeignWorkbooks.truncatedZip(folder));

        assertThat(result.out()).contains("format-error", "incomplete").doesNotContain("unsupported-format");
    }

    @Test
    void aCellReferringToATextTheWorkbookDoesNotHoldIsNamed() throws Exception {
        Cli.Result result = validate(ForeignWorkbooks.badSharedString(folder));

        assertThat(result.out()).contains("Sheet Respuestas · B2 · format-error", "This cell refers to a text the workbook does not hold");
    }

    @Test
    void aSmallWorkbookWithOneHugeRepetitiveCellIsToldWhichLimitItPassed() throws Exception {
        Path file = ForeignWorkbooks.repetitiveCell(folder, 1_200_000);
        assertThat(Files.size(file)).isLessThan(20_000);

        Cli.Result result = validate(file);

        assertThat(result.out()).contains("too-large", "expands to more than 100 times its compressed size").doesNotContain("MB");
    }

    @Test
    void aValueInTheLastRowOfASheetIsNotCalledAnEmptyRow() throws Exception {
        Cli.Result result = validate(ForeignWorkbooks.valueInLastRow(folder));

        assertThat(result.out()).containsPattern("Respondents taken: +1\\n")
                .contains("row 1048576 · blank-row", "This row holds no answer to any question").doesNotContain("empty");
    }

    private static Cli.Result validate(Path file) {
        Cli.Result result = Cli.run("validate", "--lang", "en", "--phase", "phase-1", file.toString());
        assertThat(result.err()).as(result.err()).isEmpty();
        return result;
    }
}
