package org.oas.cim.pipeline.template;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oas.cim.pipeline.codebook.Codebook;
import org.oas.cim.pipeline.codebook.CodebookLoader;
import org.oas.cim.pipeline.codebook.Instrument;
import org.oas.cim.pipeline.codebook.Item;
import org.oas.cim.pipeline.codebook.ItemType;
import org.oas.cim.pipeline.layout.HeaderKind;
import org.oas.cim.pipeline.layout.HeaderMatch;
import org.oas.cim.pipeline.layout.HeaderMatcher;
import org.oas.cim.pipeline.report.Cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** What {@code template} writes: sheets, headers ingest matches exactly, drop-downs, validation, the country cell. */
class TemplateCommandTest {
    private static final Codebook CODEBOOK = CodebookLoader.load(Path.of("jobs"));

    @TempDir
    Path folder;

    @Test
    void theHeaderRowIsEveryItemByCodeAndLabelAndMatchesItsItemExactly() throws Exception {
        Instrument questionnaire = CODEBOOK.instrument("questionnaire");
        try (XSSFWorkbook workbook = template("questionnaire", "es", "CR")) {
            Row header = workbook.getSheet("Datos").getRow(DataSheet.HEADER_ROW);
            List<String> headers = new ArrayList<>();
            header.forEach(cell -> headers.add(cell.getStringCellValue()));

            assertThat(headers).hasSize(questionnaire.items().size()).startsWith("R1. País", "R2. Estado, departamento o ciudad")
                    .contains("P1. ¿Existe trata de mujeres, adolescentes o niños con fines de explotación sexual en el país?");
            HeaderMatcher matcher = new HeaderMatcher(CODEBOOK);
            for (int i = 0; i < headers.size(); i++) {
                HeaderMatch match = matcher.match(headers.get(i));
                assertThat(match.kind()).as(headers.get(i)).isEqualTo(HeaderKind.ITEM);
                assertThat(match.fuzzy()).as(headers.get(i)).isFalse();
                assertThat(match.item("questionnaire").code()).isEqualTo(questionnaire.items().get(i).code());
            }
        }
    }

    @Test
    void theSheetsAreInstructionsDataAndHiddenListsNamedSoThatIngestSkipsAllButTheData() throws Exception {
        try (XSSFWorkbook es = template("questionnaire", "es", null);
             XSSFWorkbook pt = template("interview", "pt", null);
             XSSFWorkbook en = template("interview", "en", null)) {
            assertThat(sheetNames(es)).containsExactly("Instrucciones", "Datos", "Instrucciones-listas");
            assertThat(sheetNames(pt)).containsExactly("Instruções", "Dados", "Instruções-listas");
            assertThat(sheetNames(en)).containsExactly("Instructions", "Data", "Instructions-lists");
            for (XSSFWorkbook workbook : List.of(es, pt, en)) {
                assertThat(workbook.isSheetHidden(2)).isTrue();
                assertThat(workbook.getActiveSheetIndex()).isZero();
            }
        }
    }

    @Test
    void everySelectOneColumnHasADropDownOfItsLabelsInTheLanguage() throws Exception {
        Instrument interview = CODEBOOK.instrument("interview");
        try (XSSFWorkbook workbook = template("interview", "pt", null)) {
            XSSFSheet data = workbook.getSheet("Dados");
            for (int column = 0; column < interview.items().size(); column++) {
                Item item = interview.items().get(column);
                List<String> options = TemplateFiller.dropDown(workbook, data, column);
                if (item.type() != ItemType.SELECT_ONE) {
                    assertThat(options).as(item.code()).isEmpty();
                } else if (item.listName().equals(Codebook.COUNTRY_LIST)) {
                    assertThat(options).as(item.code()).contains("Costa Rica", "Brasil", "México", "Antilhas Holandesas").hasSize(18);
                } else {
                    assertThat(options).as(item.code()).containsExactlyElementsOf(
                            CODEBOOK.list(item.listName()).choices().stream().map(c -> c.label("pt")).toList());
                }
            }
            assertThat(TemplateFiller.dropDown(workbook, data, TemplateFiller.column(data, "L2")))
                    .containsExactly("Ratificado", "Assinado, não ratificado", "Nem assinado nem ratificado", "Não sabe");
        }
    }

    @Test
    void countsTakeWholeNumbersDatesAreCheckedAndEstimatesAndTextAreLeftAsText() throws Exception {
        try (XSSFWorkbook workbook = template("interview", "en", null)) {
            XSSFSheet data = workbook.getSheet("Data");
            Map<String, Integer> types = new TreeMap<>();
            Map<String, Integer> styles = new TreeMap<>();
            for (DataValidation validation : data.getDataValidations()) {
                int column = validation.getRegions().getCellRangeAddress(0).getFirstColumn();
                String header = data.getRow(DataSheet.HEADER_ROW).getCell(column).getStringCellValue();
                types.put(header.substring(0, header.indexOf('.')), validation.getValidationConstraint().getValidationType());
                styles.put(header.substring(0, header.indexOf('.')), validation.getErrorStyle());
                assertThat(validation.getRegions().getCellRangeAddress(0).getFirstRow()).isEqualTo(DataSheet.HEADER_ROW + 1);
            }
            assertThat(types).containsEntry("O1", DataValidationConstraint.ValidationType.INTEGER)
                    .containsEntry("O5", DataValidationConstraint.ValidationType.INTEGER)
                    .containsEntry("I7", DataValidationConstraint.ValidationType.DATE)
                    .containsEntry("I3", DataValidationConstraint.ValidationType.LIST)
                    // Estimates and multiple answers are free text; those with a consistency rule carry it as a formula.
                    .containsEntry("P6", DataValidationConstraint.ValidationType.FORMULA)
                    .containsEntry("L4", DataValidationConstraint.ValidationType.FORMULA)
                    .containsEntry("P3", DataValidationConstraint.ValidationType.FORMULA)
                    .doesNotContainKeys("L3", "I2");
            assertThat(styles).containsEntry("I7", DataValidation.ErrorStyle.WARNING).containsEntry("O1", DataValidation.ErrorStyle.STOP);
            assertThat(data.getColumnStyle(TemplateFiller.column(data, "P6")).getDataFormatString()).isEqualTo("@");
            assertThat(data.getColumnStyle(TemplateFiller.column(data, "I7")).getDataFormatString()).isEqualTo("dd/mm/yyyy");
        }
    }

    @Test
    void aFilesCountryIsAMetadataCellAboveTheHeaderAndNoAnswerRowIsWritten() throws Exception {
        try (XSSFWorkbook workbook = template("questionnaire", "es", "cr")) {
            XSSFSheet data = workbook.getSheet("Datos");
            assertThat(data.getRow(1).getCell(0).getStringCellValue()).isEqualTo("País: Costa Rica");
            assertThat(data.getLastRowNum()).isEqualTo(DataSheet.HEADER_ROW);
        }
        Cli.Result empty = Cli.run("validate", folder.resolve("questionnaire-es.xlsx").toString(), "--lang", "es");
        assertThat(empty.exit()).isEqualTo(1);
        assertThat(empty.out()).containsPattern("Informantes aceptados:\\s+0\n")
                .contains("No aceptado: ninguna fila tiene respuestas a las preguntas", "No se encontró ningún problema.");
    }

    @Test
    void theInstructionsSpeakTheLanguageAndMarkPersonalDataAsNeverPublished() throws Exception {
        try (XSSFWorkbook es = template("questionnaire", "es", "CR"); XSSFWorkbook pt = template("interview", "pt", null)) {
            String spanish = text(es.getSheet("Instrucciones"));
            assertThat(spanish).contains("Cuestionario modelo", "hoja \"Datos\"", "Este archivo es de Costa Rica",
                    "Las columnas R5, R6, S4 (encabezados en naranja) contienen datos personales",
                    "R5 | Nombre de quien responde | Texto libre |  | Dato personal: nunca se publica",
                    "P1 | ¿Existe trata de mujeres, adolescentes o niños con fines de explotación sexual en el país? | "
                            + "Una opción, de la lista desplegable | Sí; No; No sabe",
                    "P3 | Formas de explotación observadas | Una o varias opciones, separadas por \";\"",
                    "elija \"No sabe\"");
            String portuguese = text(pt.getSheet("Instruções"));
            assertThat(portuguese).contains("Roteiro de entrevista de acompanhamento", "Escreva o país de cada informante na coluna I1",
                    "I5 | Pessoa entrevistada | Texto livre |  | Dado pessoal: nunca é publicado",
                    "As contagens (O1, O2, O3, O5)");
        }
    }

    @Test
    void theSameRequestWritesTheSameBytes() throws Exception {
        Path first = folder.resolve("first.xlsx");
        Path second = folder.resolve("second.xlsx");
        assertThat(Cli.run("template", "--instrument", "interview", "--lang", "es", "--out", first.toString()).exit()).isZero();
        // Zip entries keep time to two seconds: the second template is written in another two-second slot.
        Thread.sleep(2100);
        assertThat(Cli.run("template", "--instrument", "interview", "--lang", "es", "--out", second.toString()).exit()).isZero();
        assertThat(first).hasSameBinaryContentAs(second);
    }

    @Test
    void wrongUsageExitsTwo() {
        String out = folder.resolve("t.xlsx").toString();
        assertThat(Cli.run("template", "--instrument", "survey", "--lang", "es", "--out", out).exit()).isEqualTo(2);
        assertThat(Cli.run("template", "--instrument", "interview", "--lang", "fr", "--out", out).exit()).isEqualTo(2);
        assertThat(Cli.run("template", "--instrument", "interview", "--lang", "es", "--country", "AR", "--out", out).exit()).isEqualTo(2);
        assertThat(Cli.run("template", "--instrument", "interview", "--lang", "es", "--out", folder.resolve("t.csv").toString()).exit())
                .isEqualTo(2);
        assertThat(Cli.run("template", "--instrument", "interview", "--lang", "es").exit()).isEqualTo(2);
        assertThat(Files.exists(Path.of(out))).isFalse();
    }

    private XSSFWorkbook template(String instrument, String language, String country) throws Exception {
        Path out = folder.resolve(instrument + "-" + language + ".xlsx");
        List<String> args = new ArrayList<>(List.of("template", "--instrument", instrument, "--lang", language, "--out", out.toString()));
        if (country != null) {
            args.addAll(List.of("--country", country));
        }
        Cli.Result result = Cli.run(args.toArray(String[]::new));
        assertThat(result.exit()).as(result.err()).isZero();
        try (InputStream in = Files.newInputStream(out)) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    /** The sheet's rows, cells joined by " | ", one row a line. */
    static String text(XSSFSheet sheet) {
        StringBuilder text = new StringBuilder();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.getLastCellNum(); c++) {
                Cell cell = row.getCell(c);
                cells.add(cell == null ? "" : cell.getStringCellValue());
            }
            text.append(String.join(" | ", cells)).append('\n');
        }
        return text.toString();
    }
}
