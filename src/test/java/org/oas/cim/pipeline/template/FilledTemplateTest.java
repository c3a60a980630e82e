package org.oas.cim.pipeline.template;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oas.cim.pipeline.report.Cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Templates filled as researchers fill them, one with POI and two saved again by LibreOffice, are taken without a
 * single issue of any severity: by {@code validate}, and by the real {@code ingest} job on its H2 database.
 */
class FilledTemplateTest {
    private static final String SPANISH = "CR_cuestionario_plantilla.xlsx";
    private static final String PORTUGUESE = "entrevistas_plantilha.xlsx";
    private static final String ENGLISH = "BR_questionnaire_template.xlsx";

    @TempDir
    static Path folder;

    /** The filled files, by name; the LibreOffice ones only where LibreOffice is installed. */
    private static final Map<String, Path> filled = new TreeMap<>();

    @BeforeAll
    static void fillTemplates() throws Exception {
        Path templates = Files.createDirectories(folder.resolve("templates"));
        Path byPoi = Files.createDirectories(folder.resolve("poi"));
        filled.put(SPANISH, fill(templates, byPoi, SPANISH, "questionnaire", "es", "CR", "Datos", spanishAnswers()));
        fill(templates, byPoi, PORTUGUESE, "interview", "pt", null, "Dados", portugueseAnswers());
        fill(templates, byPoi, ENGLISH, "questionnaire", "en", "BR", "Data", englishAnswers());
        if (LibreOffice.installed()) {
            Path byLibreOffice = Files.createDirectories(folder.resolve("libreoffice"));
            for (Path saved : LibreOffice.resave(List.of(byPoi.resolve(PORTUGUESE), byPoi.resolve(ENGLISH)), byLibreOffice,
                    folder.resolve("libreoffice-profile"))) {
                filled.put(saved.getFileName().toString(), saved);
            }
        }
    }

    @Test
    void aTemplateFilledWithPoiValidatesWithoutAnyIssue() {
        Cli.Result result = Cli.run("validate", filled.get(SPANISH).toString());

        assertThat(result.exit()).as(result.out()).isZero();
        assertThat(result.out()).containsPattern("Resultado:\\s+Aceptado\n").containsPattern("Informantes aceptados:\\s+2\n")
                .containsPattern("Filas no aceptadas:\\s+0\n").contains("No se encontró ningún problema.");
    }

    @Test
    void templatesSavedAgainByLibreOfficeValidateWithoutAnyIssue() {
        assumeTrue(LibreOffice.installed(), "LibreOffice is not installed");
        Cli.Result result = Cli.run("validate", filled.get(PORTUGUESE).toString(), filled.get(ENGLISH).toString());

        assertThat(result.exit()).as(result.out()).isZero();
        assertThat(result.out()).contains("Relatório sobre o arquivo " + PORTUGUESE, "Nenhum problema foi encontrado.",
                "Report on the file " + ENGLISH, "No problem was found.")
                .containsPattern("Informantes aceitos:\\s+1\n").containsPattern("Respondents taken:\\s+1\n");
    }

    @Test
    void filledTemplatesAreIngestedWithoutAnyIssue() throws Exception {
        Path home = folder.resolve("home");
        Path inbox = Files.createDirectories(home.resolve("inbox"));
        for (Path file : filled.values()) {
            Files.copy(file, inbox.resolve(file.getFileName()));
        }

        Cli.Result result = Cli.run("ingest", "--home", home.toString(), "--settle", "200ms");

        assertThat(result.exit()).as(result.out() + result.err()).isZero();
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + home.resolve("data/pipeline").toAbsolutePath()
                + ";NON_KEYWORDS=VALUE,YEAR", "sa", "")) {
            assertThat(rows(db, "SELECT code, sheet, cell_ref, args FROM issue")).isEmpty();
            List<String> files = rows(db, "SELECT file_name, status, respondents, rows_rejected FROM input_file ORDER BY file_name");
            List<String> expected = new ArrayList<>(List.of(SPANISH + "|ARCHIVED|2|0"));
            if (LibreOffice.installed()) {
                expected.add(0, ENGLISH + "|ARCHIVED|1|0");
                expected.add(PORTUGUESE + "|ARCHIVED|1|0");
            }
            assertThat(files).containsExactlyElementsOf(expected);
            assertThat(rows(db, "SELECT DISTINCT country FROM respondent ORDER BY country"))
                    .containsExactlyElementsOf(LibreOffice.installed() ? List.of("BR", "CR") : List.of("CR"));
        }
        String report = Files.readString(home.resolve("archive").resolve(SPANISH + ".report.html"));
        assertThat(report).contains("<html lang=\"es\">", "<p class=\"verdict taken\">Resultado: Aceptado</p>",
                "No se encontró ningún problema.");
        String csv = Files.readString(home.resolve("archive").resolve(SPANISH + ".report.csv"));
        for (String personal : List.of("Lucía Rojas Mena", "lucia@example.org", "Carlos Soto Arias", "Sin comentarios")) {
            assertThat(report).doesNotContain(personal);
            assertThat(csv).doesNotContain(personal);
        }
    }

    private static Path fill(Path templates, Path out, String name, String instrument, String language, String country,
                             String dataSheet, List<Map<String, Object>> answers) throws Exception {
        Path template = templates.resolve(name);
        List<String> args = new ArrayList<>(List.of("template", "--instrument", instrument, "--lang", language, "--out", template.toString()));
        if (country != null) {
            args.addAll(List.of("--country", country));
        }
        Cli.Result result = Cli.run(args.toArray(String[]::new));
        assertThat(result.exit()).as(result.err()).isZero();
        TemplateFiller.fill(template, dataSheet, answers, out.resolve(name));
        return out.resolve(name);
    }

    /** Every question answered, the country left to the cell above the header. */
    private static List<Map<String, Object>> spanishAnswers() {
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("R2", "San José");
        first.put("R3", "Casa Alianza");
        first.put("R4", "ONG");
        first.put("R5", "Lucía Rojas Mena");
        first.put("R6", "lucia@example.org");
        first.put("R7", LocalDate.of(2002, 3, 15));
        first.put("P1", "Sí");
        first.put("P2", "Origen; Destino");
        first.put("P3", "Prostitución; Turismo sexual");
        first.put("P4", "Mujeres adultas; Niñas y niños menores de 12 años");
        first.put("P5", "15 a 17");
        first.put("P6", "50-100");
        first.put("P7", "Nicaragua; Panamá");
        first.put("P8", "Guatemala");
        first.put("P9", "Oferta de empleo falsa; Engaño sentimental");
        first.put("P10", "No");
        first.put("P11", "No sabe");
        first.put("L1", "Sí");
        first.put("L2", "Firmado, no ratificado");
        first.put("L3", "más de 200");
        first.put("L4", "3");
        first.put("L5", "A veces");
        first.put("L6", "Sí");
        first.put("L7", "Regular");
        first.put("S1", "Albergue; Asistencia legal");
        first.put("S2", "Buena");
        first.put("S3", "Sí");
        first.put("S4", "Sin comentarios");
        Map<String, Object> second = new LinkedHashMap<>();
        second.put("R3", "Fundación PANIAMOR");
        second.put("R4", "Experto(a) independiente");
        second.put("R5", "Carlos Soto Arias");
        second.put("R7", LocalDate.of(2002, 4, 2));
        second.put("P1", "No sabe");
        second.put("P6", "alrededor de 300");
        second.put("L7", "Muy mala");
        return List.of(first, second);
    }

    /** An authority interviewed in Costa Rica: its country chosen from the drop-down, counts as numbers. */
    private static List<Map<String, Object>> portugueseAnswers() {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("I1", "Costa Rica");
        answers.put("I2", "San José");
        answers.put("I3", "Polícia nacional");
        answers.put("I5", "Roberto Dias Melo");
        answers.put("I6", "Diretor");
        answers.put("I7", LocalDate.of(2005, 6, 20));
        answers.put("I8", "Equipe CIM");
        answers.put("P1", "Sim");
        answers.put("P2", "Trânsito");
        answers.put("P3", "Trabalho forçado; Prostituição");
        answers.put("P6", "cerca de 300");
        answers.put("L2", "Ratificado");
        answers.put("L3", "12");
        answers.put("O1", 15);
        answers.put("O2", 3);
        answers.put("O3", 4);
        answers.put("O4", "Sim");
        answers.put("O5", 2005);
        answers.put("O6", "Sem observações");
        return List.of(answers);
    }

    private static List<Map<String, Object>> englishAnswers() {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("R3", "Centro de Referência, Estudos e Ações sobre Crianças e Adolescentes");
        answers.put("R4", "NGO");
        answers.put("R5", "Helen Park Young");
        answers.put("R7", LocalDate.of(2001, 11, 5));
        answers.put("P1", "Yes");
        answers.put("P3", "Prostitution; Sex tourism; Pornography");
        answers.put("P6", "hundreds");
        answers.put("L2", "Neither signed nor ratified");
        answers.put("L7", "Very poor");
        return List.of(answers);
    }

    private static List<String> rows(Connection db, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    cells.add(rs.getString(i));
                }
                rows.add(String.join("|", cells));
            }
        }
        return rows;
    }
}
