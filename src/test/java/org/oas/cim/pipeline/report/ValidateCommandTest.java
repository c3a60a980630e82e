package org.oas.cim.pipeline.report;

import com.opencsv.CSVReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code validate} through the real command line on small bad files in Spanish, Portuguese and English: the verdict
 * and counts come first, every issue names its sheet and cell and says what to do in the file's language, the
 * terminal, the CSV and the HTML say the same, no name ever shows, and the exit code tells errors from usage.
 */
class ValidateCommandTest {
    @TempDir
    Path folder;

    @Test
    void aSpanishFileIsReportedInSpanishWithEachCellAndWhatToDo() throws Exception {
        Path file = BadFiles.spanish(folder);
        Path out = folder.resolve("informes");

        Cli.Result result = Cli.run("validate", file.toString(), "--out", out.toString());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).contains("Informe sobre el archivo encuesta_ong_2002.xlsx",
                "Aceptado, salvo las celdas y filas con errores indicadas abajo",
                "Hoja Respuestas · G2 · Valor encontrado: \"muchísimas\" · type-error",
                "El valor de la pregunta P6 no es un número ni un rango de números válido.",
                "Qué hacer: Escriba un número, un rango como 50-100, o deje la celda vacía.");
        List<String[]> csv = csv(out.resolve("encuesta_ong_2002.xlsx.report.csv"));
        assertThat(summary(csv)).containsExactly(
                "Archivo=encuesta_ong_2002.xlsx", "Resultado=Aceptado, salvo las celdas y filas con errores indicadas abajo",
                "Informantes aceptados=1", "Filas no aceptadas=2", "Errores=6", "Advertencias=1",
                "Advertencias por respuestas que se contradicen=1",
                "Huella SHA-256=" + sha256Shown(result.out()));
        assertThat(csv.get(9)).containsExactly("Gravedad", "Hoja", "Celda", "Valor encontrado", "Código", "Problema", "Qué hacer");
        assertThat(issue(csv, "G2")).containsExactly("Error", "Respuestas", "G2", "muchísimas", "type-error",
                "El valor de la pregunta P6 no es un número ni un rango de números válido.",
                "Escriba un número, un rango como 50-100, o deje la celda vacía.");
        // Row 3 says trafficking is absent (P1 "No") and yet estimates its victims (P6): a codebook rule, warned.
        assertThat(issue(csv, "G3")).containsExactly("Advertencia", "Respuestas", "G3", "50-100", "constraint-error",
                "Respuestas que se contradicen en la pregunta P6: Se dice que no existe trata (P1: no), pero esta respuesta "
                        + "la describe. Respuestas leídas: P6 = 50-100; P1 = no.",
                "Compare estas respuestas entre sí y corrija la que esté mal; si ambas son correctas, déjelas como están: "
                        + "la respuesta se aceptó.");
        assertThat(issue(csv, "H2")).contains("31/02/2002", "El valor de la pregunta R7 no es una fecha válida.");
        assertThat(issue(csv, "A3")).contains("Narnia", "unknown-country", "No se reconoció el país de la pregunta R1.");
        assertThat(issue(csv, "fila 3")).contains("no-country", "No se pudo determinar el país de estas respuestas.");
        assertThat(issue(csv, "fila 4")).contains("country-not-in-phase");
        assertThat(issue(csv, "E4")).contains("quizás", "unknown-choice", "La respuesta a la pregunta P1 no es una de sus opciones.");

        String html = Files.readString(out.resolve("encuesta_ong_2002.xlsx.report.html"));
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"es\">",
                "<p class=\"verdict taken\">Resultado: Aceptado, salvo las celdas y filas con errores indicadas abajo</p>",
                "<th scope=\"row\">Filas no aceptadas</th><td>2</td>",
                "<td>Respuestas</td><td>G2</td><td class=\"value\">muchísimas</td>",
                "El valor de la pregunta R7 no es una fecha válida.")
                .doesNotContain("http://", "https://", "<script", "<link", "@import");
    }

    @Test
    void aPortugueseFileIsReportedInPortuguese() throws Exception {
        Path file = BadFiles.portuguese(folder);
        Path out = folder.resolve("relatorios");

        Cli.Result result = Cli.run("validate", file.toString(), "--out", out.toString());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).contains("Relatório sobre o arquivo questionario_ong.xlsx", "Informantes aceitos:",
                "Planilha Respostas · H2 · Valor encontrado: \"15/13/2003\" · type-error",
                "O que fazer: Escreva a data como dia/mês/ano, por exemplo 15/03/2002, ou deixe a célula vazia.");
        List<String[]> csv = csv(out.resolve("questionario_ong.xlsx.report.csv"));
        assertThat(summary(csv)).startsWith("Arquivo=questionario_ong.xlsx",
                "Resultado=Aceito, exceto as células e linhas com erros indicadas abaixo",
                "Informantes aceitos=2", "Linhas não aceitas=0", "Erros=3", "Avisos=0");
        assertThat(issue(csv, "E3")).containsExactly("Erro", "Respostas", "E3", "Talvez", "unknown-choice",
                "A resposta à pergunta P1 não é uma das opções.",
                "Use uma das opções que o questionário dá para esta pergunta, pelo código ou pelo texto.");
        // A plain number such as -5 runs as no formula in a spreadsheet: the CSV shows it as it was found.
        assertThat(issue(csv, "G3")).contains("-5", "O valor da pergunta P6 não é um número nem um intervalo de números válido.");
        assertThat(issue(csv, "B2")).contains("Nota", "Instituto Novo Horizonte", "new-organization");
        assertThat(Files.readString(out.resolve("questionario_ong.xlsx.report.html")))
                .contains("<html lang=\"pt\">", "<tr class=\"error\"><td>Erro</td><td>Respostas</td><td>H2</td>");
    }

    @Test
    void anEnglishCsvIsReportedInEnglishAndItsValuesCannotRunAsFormulas() throws Exception {
        Path file = BadFiles.english(folder);
        Path out = folder.resolve("reports");

        Cli.Result result = Cli.run("validate", file.toString(), "--out", out.toString());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).contains("Report on the file survey_ngo.csv", "Respondents taken:",
                "Sheet survey_ngo · F2 · Value found: \"lots\" · type-error");
        List<String[]> csv = csv(out.resolve("survey_ngo.csv.report.csv"));
        assertThat(summary(csv)).startsWith("File=survey_ngo.csv", "Verdict=Taken, except the cells and rows with errors below",
                "Respondents taken=2", "Rows not taken=0", "Errors=2", "Warnings=1");
        assertThat(issue(csv, "G2")).containsExactly("Error", "survey_ngo", "G2", "2005-13-01", "type-error",
                "The value in question R7 is not a valid date.",
                "Write the date as day/month/year, for example 15/03/2002, or leave the cell empty.");
        assertThat(issue(csv, "H1")).contains("Warning", "'=HYPERLINK(\"http://x\")", "extra-label");
        assertThat(Files.readString(out.resolve("survey_ngo.csv.report.html")))
                .contains("<html lang=\"en\">", "<td class=\"value\">=HYPERLINK(&quot;http://x&quot;)</td>")
                .doesNotContain("=HYPERLINK(\"http://x\")");
    }

    @Test
    void noNameOfARespondentAppearsInTheTerminalOrInAnyReport() throws Exception {
        Path out = folder.resolve("reports");
        Cli.Result result = Cli.run("validate", BadFiles.spanish(folder).toString(), BadFiles.portuguese(folder).toString(),
                BadFiles.english(folder).toString(), "--out", out.toString());

        assertThat(result.exit()).isEqualTo(1);
        StringBuilder everything = new StringBuilder(result.out()).append(result.err());
        try (Stream<Path> reports = Files.list(out)) {
            for (Path report : reports.toList()) {
                everything.append(Files.readString(report, StandardCharsets.UTF_8));
            }
        }
        assertThat(everything).contains("Respuestas", "Respostas", "survey_ngo");
        for (String name : BadFiles.NAMES) {
            assertThat(everything.toString()).doesNotContain(name).doesNotContain(name.split(" ")[1]);
        }
    }

    @Test
    void theLanguageOptionOverridesTheFilesOwnLanguage() throws Exception {
        Cli.Result result = Cli.run("validate", BadFiles.spanish(folder).toString(), "--lang", "pt");

        assertThat(result.out()).contains("Relatório sobre o arquivo encuesta_ong_2002.xlsx",
                "O valor da pergunta P6 não é um número nem um intervalo de números válido.")
                .doesNotContain("Informe sobre");
    }

    @Test
    void aFileWithoutErrorsExitsZeroAndItsTwinIsADuplicateNotAnError() throws Exception {
        Path good = BadFiles.good(folder);
        Path twin = Files.copy(good, folder.resolve("CR_bien_copia.xlsx"));

        Cli.Result result = Cli.run("validate", good.toString(), twin.toString(), "--lang", "es");

        assertThat(result.exit()).isZero();
        assertThat(result.out()).contains("Informe sobre el archivo CR_bien.xlsx", "No se encontró ningún problema.",
                "Informe sobre el archivo CR_bien_copia.xlsx", "Ya recibido (mismo contenido): no se procesa de nuevo",
                "Este mismo archivo ya se había recibido (" + good + ")");
    }

    @Test
    void theSameRespondentInTwoFilesIsWarnedInTheSecondAsIngestWould() throws Exception {
        String[] header = {"País", "Organización", "Tipo de informante", "Nombre de quien responde", "P1"};
        Path first = BadFiles.xlsx(folder.resolve("CR_primero.xlsx"), "Respuestas", new String[][] {
                header, {"Costa Rica", "Casa Alianza", "ONG", BadFiles.NAMES[0], "Sí"}});
        Path second = BadFiles.xlsx(folder.resolve("CR_segundo.xlsx"), "Hoja1", new String[][] {
                header, {"Costa Rica", "CASA ALIANZA ", "ONG", BadFiles.NAMES[0].toUpperCase(), "No"}});

        Cli.Result result = Cli.run("validate", first.toString(), second.toString(), "--lang", "es");

        assertThat(result.exit()).as("a duplicate respondent is a warning").isZero();
        assertThat(result.out()).contains("Hoja Hoja1 · fila 2 · duplicate-respondent",
                "Parece que esta persona u organización ya respondió (CR_primero.xlsx, Respuestas 2).")
                .doesNotContain(BadFiles.NAMES[0]).doesNotContain(BadFiles.NAMES[0].toUpperCase());
    }

    @Test
    void filesOfAnotherKindOrCutShortAreNotTakenAndExitOne() throws Exception {
        Path pdf = Files.writeString(folder.resolve("respuestas.pdf"), "%PDF-1.4");
        byte[] workbook = Files.readAllBytes(BadFiles.good(folder));
        Path truncated = Files.write(folder.resolve("CR_cortado.xlsx"), Arrays.copyOf(workbook, workbook.length / 2));

        Cli.Result result = Cli.run("validate", pdf.toString(), truncated.toString(), "--lang", "es");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).contains("No se pueden leer archivos de este tipo (.pdf).", "unsupported-format",
                "Informe sobre el archivo CR_cortado.xlsx", "format-error",
                "El archivo es un archivo zip incompleto o dañado").containsPattern("Resultado:\\s+No aceptado\n");
        assertThat(result.out().split("Resultado:\\s+No aceptado\n", -1)).hasSize(3);
    }

    @Test
    void wrongUsageExitsTwoAndStoresNothing() throws Exception {
        Path file = BadFiles.good(folder);

        assertThat(Cli.run("validate").exit()).isEqualTo(2);
        assertThat(Cli.run("validate", file.toString(), "--lang", "fr").exit()).isEqualTo(2);
        assertThat(Cli.run("validate", folder.resolve("missing.xlsx").toString()).exit()).isEqualTo(2);
        assertThat(Cli.run("validate", file.toString(), "--phase", "phase-9").exit()).isEqualTo(2);
        assertThat(Cli.run("validate", file.toString(), "--jobs", folder.resolve("nojobs").toString()).exit()).isEqualTo(2);
        assertThat(Cli.run("validate", file.toString()).exit()).isZero();
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).containsExactly(file);
        }
    }

    private static List<String[]> csv(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(Arrays.copyOf(bytes, 3)).as("UTF-8 byte-order mark").containsExactly(0xEF, 0xBB, 0xBF);
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVReader reader = new CSVReader(in)) {
            List<String[]> rows = reader.readAll();
            rows.get(0)[0] = rows.get(0)[0].replace("\uFEFF", "");
            return rows;
        }
    }

    /** The summary rows, as {@code label=value}, up to the blank row. */
    private static List<String> summary(List<String[]> csv) {
        return csv.stream().takeWhile(row -> row.length == 2).map(row -> row[0] + "=" + row[1]).toList();
    }

    /** The issue row of a cell ({@code G2}) or a row ({@code fila 3}). */
    private static List<String> issue(List<String[]> csv, String where) {
        return csv.stream().filter(row -> row.length == 7 && row[2].equals(where)).findFirst().map(Arrays::asList)
                .orElseThrow(() -> new AssertionError("no issue at " + where));
    }

    private static String sha256Shown(String terminal) {
        return terminal.lines().filter(line -> line.contains("SHA-256")).findFirst().orElseThrow().replaceAll(".*\\s", "");
    }
}
