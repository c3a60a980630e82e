package org.oas.cim.pipeline.template;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oas.cim.pipeline.report.Cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The codebook's consistency rules in the template: Excel custom validation where the column allows, and the instructions. */
class TemplateRulesTest {
    @TempDir
    Path folder;

    @Test
    void rulesBecomeWarningFormulasReadingLabelsInTheTemplatesLanguage() throws Exception {
        try (XSSFWorkbook workbook = template("interview", "es")) {
            Map<String, DataValidation> custom = customValidations(workbook.getSheet("Datos"));
            // I is P1, U is L3, V is L4; the formula is written for row 5, the first answer row.
            assertThat(custom).containsOnlyKeys("P2", "P3", "P4", "P6", "P7", "P8", "L4");
            assertThat(custom.get("P3").getValidationConstraint().getFormula1())
                    .isEqualTo("IFERROR(OR(LEN(TRIM(I5))=0,I5=\"No sabe\",(I5<>\"No\")),TRUE)");
            assertThat(custom.get("L4").getValidationConstraint().getFormula1())
                    .isEqualTo("IFERROR(OR(LEN(TRIM(U5))=0,(VALUE(V5)<=VALUE(U5))),TRUE)");
            assertThat(custom.get("L4").getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.WARNING);
            assertThat(custom.get("L4").getErrorBoxText())
                    .isEqualTo("Más condenas que investigaciones: las condenas (L4) superan a las investigaciones (L3).");
            assertThat(custom.get("P3").getErrorBoxText()).isEqualTo("Se dice que no existe trata (P1: no), pero esta respuesta la describe.");
        }
    }

    @Test
    void aColumnWithAListOrAWholeNumberKeepsItAndItsRulesAreInTheInstructions() throws Exception {
        try (XSSFWorkbook workbook = template("interview", "en")) {
            XSSFSheet data = workbook.getSheet("Data");
            for (DataValidation validation : data.getDataValidations()) {
                String code = code(data, validation);
                if (code.equals("P5")) {
                    assertThat(validation.getValidationConstraint().getValidationType()).isEqualTo(DataValidationConstraint.ValidationType.LIST);
                }
                if (code.equals("O2")) {
                    assertThat(validation.getValidationConstraint().getValidationType()).isEqualTo(DataValidationConstraint.ValidationType.INTEGER);
                }
            }
            String instructions = TemplateCommandTest.text(workbook.getSheet("Instructions"));
            assertThat(instructions).contains("Some answers are checked against others.",
                    "P2, P3, P4, P5, P6, P7, P8, P10, P11: Trafficking is said to be absent (P1: no), yet this answer describes it.",
                    "P5: The age group most affected is under 12, but children under 12 are not among the groups of victims named (P4).",
                    "L4: More convictions than investigations",
                    "O2: More minors deported than victims identified");
        }
    }

    private static Map<String, DataValidation> customValidations(XSSFSheet data) {
        Map<String, DataValidation> custom = new TreeMap<>();
        for (DataValidation validation : data.getDataValidations()) {
            if (validation.getValidationConstraint().getValidationType() == DataValidationConstraint.ValidationType.FORMULA) {
                assertThat(validation.getRegions().getCellRangeAddress(0).getFirstRow()).isEqualTo(DataSheet.HEADER_ROW + 1);
                custom.put(code(data, validation), validation);
            }
        }
        return custom;
    }

    private static String code(XSSFSheet data, DataValidation validation) {
        int column = validation.getRegions().getCellRangeAddress(0).getFirstColumn();
        String header = data.getRow(DataSheet.HEADER_ROW).getCell(column).getStringCellValue();
        return header.substring(0, header.indexOf('.'));
    }

    private XSSFWorkbook template(String instrument, String language) throws Exception {
        Path out = folder.resolve(instrument + "-" + language + ".xlsx");
        Cli.Result result = Cli.run("template", "--instrument", instrument, "--lang", language, "--out", out.toString());
        assertThat(result.exit()).as(result.err()).isZero();
        try (InputStream in = Files.newInputStream(out)) {
            return new XSSFWorkbook(in);
        }
    }
}
