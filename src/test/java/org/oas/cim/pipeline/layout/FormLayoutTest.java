package org.oas.cim.pipeline.layout;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oas.cim.pipeline.codebook.Instrument;
import org.oas.cim.pipeline.issue.Issue;
import org.oas.cim.pipeline.issue.IssueCode;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.oas.cim.pipeline.layout.Fixtures.answers;
import static org.oas.cim.pipeline.layout.Fixtures.blank;
import static org.oas.cim.pipeline.layout.Fixtures.opener;
import static org.oas.cim.pipeline.layout.Fixtures.records;
import static org.oas.cim.pipeline.layout.Fixtures.row;
import static org.oas.cim.pipeline.layout.Fixtures.sheet;
import static org.oas.cim.pipeline.layout.Fixtures.xlsx;

/** A questionnaire filled as a spreadsheet form: a sheet per respondent (inputs.md, "Layouts" 2). */
class FormLayoutTest {
    private static final FileInspector inspector = new FileInspector(Fixtures.CODEBOOK);

    @TempDir
    Path dir;

    /** Guidance that lists the questions, as an instructions sheet does: read as a form, it would be a respondent. */
    private static final Fixtures.Sheet INSTRUCTIONS = sheet("Instrucciones",
            row("Cómo llenar este cuestionario"),
            row("País", "escriba el nombre del país"),
            row("Organización", "el nombre completo de su organización"),
            row("Tipo de informante", "ONG, experto, organismo internacional"),
            row("P1", "responda Sí, No o No sabe"));

    @Test
    void eachFormSheetIsOneRespondentAndTheInstructionsSheetIsSkipped() throws Exception {
        Path file = xlsx(dir, "formularios.xlsx", INSTRUCTIONS,
                sheet("Casa Alianza",
                        row("Cuestionario modelo"),
                        row("Fase: phase-1"),
                        row("Pregunta", "Respuesta"),
                        row("País", "Honduras"),
                        row("Organización", "Casa Alianza"),
                        row("Tipo de informante", "ONG"),
                        row("Presencia y formas"),
                        row("P1. ¿Existe trata de mujeres, adolescentes o niños con fines de explotación sexual en el país?", "Sí"),
                        row("P3. Formas de explotación: Prostitución", "x"),
                        row("P3. Formas de explotación: Turismo sexual", ""),
                        row("P6. Número estimado de víctimas por año", "cientos")),
                sheet("Hoja2",
                        row("País", "Honduras"),
                        row("Organización", "Save the Children"),
                        row("Tipo de informante", "Organismo internacional"),
                        row("Grupo de edad más afectado", "15 a 17")));

        FileInspection inspection = inspector.inspect(opener(file));

        assertThat(inspection.instrument()).map(Instrument::id).hasValue("questionnaire");
        assertThat(inspection.metadata().phaseText()).isEqualTo("phase-1");
        assertThat(inspection.sheets()).extracting(SheetLayout::name, SheetLayout::layout, SheetLayout::answerColumn)
                .containsExactly(tuple("Casa Alianza", Layout.FORM, 2), tuple("Hoja2", Layout.FORM, 2));
        assertThat(inspection.issues()).isEmpty();
        List<RespondentRecord> records = records(inspector, file, inspection);
        assertThat(records).hasSize(2);
        assertThat(records.get(0).sheet()).isEqualTo("Casa Alianza");
        assertThat(records.get(0).firstRow()).isEqualTo(4);
        assertThat(answers(records.get(0))).containsExactly("R1=Honduras", "R3=Casa Alianza", "R4=ONG", "P1=Sí",
                "P3/prostitution=x", "P6=cientos");
        assertThat(answers(records.get(1))).containsExactly("R1=Honduras", "R3=Save the Children",
                "R4=Organismo internacional", "P5=15 a 17");
    }

    @Test
    void aFormWithCodesAndLabelsInTwoColumnsTakesTheAnswersFromTheThird() throws Exception {
        Path file = xlsx(dir, "entrevista.xlsx", sheet("Migración",
                row("Código", "Pregunta", "Respuesta"),
                row("I1", "País", "Bolivia"),
                row("I3", "Tipo de institución", "Migración"),
                row("I4", "Institución", "Dirección General de Migración"),
                row("P1", "¿Existe trata de mujeres, adolescentes o niños con fines de explotación sexual en el país?", "Sí"),
                row("O1", "Víctimas identificadas por la institución en el último año", "42")));

        FileInspection inspection = inspector.inspect(opener(file));

        assertThat(inspection.instrument()).map(Instrument::id).hasValue("interview");
        assertThat(inspection.sheets().get(0).answerColumn()).isEqualTo(3);
        assertThat(answers(records(inspector, file, inspection).get(0)))
                .containsExactly("I1=Bolivia", "I3=Migración", "I4=Dirección General de Migración", "P1=Sí", "O1=42");
    }

    @Test
    void anUnmatchedAnsweredQuestionIsAnExtraLabelAndAnAnswerBesideNoQuestionABlankHeader() throws Exception {
        Path file = xlsx(dir, "form-issues.xlsx", sheet("ONG",
                row("País", "Guatemala"),
                row("Organización", "ECPAT"),
                row("Tipo de informante", "ONG"),
                row("Persona de contacto alterna", "alguien"),
                row("Sección sin respuesta"),
                row(null, "respuesta suelta"),
                row("País", "Guatemala"),
                blank(),
                row("Formato de fecha", "DD/MM/AAAA")));

        FileInspection inspection = inspector.inspect(opener(file));

        assertThat(inspection.issues()).extracting(Issue::code, Issue::row, Issue::column, Issue::rawValue).containsExactly(
                tuple(IssueCode.DUPLICATE_LABEL, 1, 1, "País"),
                tuple(IssueCode.EXTRA_LABEL, 4, 1, "Persona de contacto alterna"),
                tuple(IssueCode.BLANK_HEADER, 6, 2, null),
                tuple(IssueCode.DUPLICATE_LABEL, 7, 1, "País"));
        assertThat(answers(records(inspector, file, inspection).get(0))).containsExactly("R3=ECPAT", "R4=ONG");
    }

    @Test
    void guidanceSheetsAreSkippedAndAConfigurationSheetIsMetadataWhateverTheirLanguage() throws Exception {
        List<Fixtures.Sheet> sheets = new java.util.ArrayList<>();
        for (String name : List.of("Instructions", "Instruções", "Léame", "Leeme", "README", "Instructies")) {
            sheets.add(new Fixtures.Sheet(name, INSTRUCTIONS.rows(), List.of()));
        }
        sheets.add(sheet("Configuración", row("País", "Nicaragua"), row("Fase", "phase-1"), row("Formato de fecha", "DD/MM/AAAA")));
        sheets.add(sheet("Respuesta", row("País", "Nicaragua"), row("Organización", "Casa Alianza"), row("Tipo de informante", "ONG")));
        Path file = xlsx(dir, "guidance.xlsx", sheets.toArray(Fixtures.Sheet[]::new));

        FileInspection inspection = inspector.inspect(opener(file));

        assertThat(inspection.sheets()).extracting(SheetLayout::name).containsExactly("Respuesta");
        assertThat(inspection.metadata()).isEqualTo(new FileMetadata("Nicaragua", "phase-1", false));
        assertThat(records(inspector, file, inspection)).hasSize(1);
    }

    @Test
    void aSheetThatIsNeitherWideNorFormHoldsNoRespondents() throws Exception {
        Path file = xlsx(dir, "notes.xlsx", sheet("Notas", row("Notas de campo"), row("visitamos tres ONG"), row("País: Perú")));

        FileInspection inspection = inspector.inspect(opener(file));

        assertThat(inspection.hasHeader()).isFalse();
        assertThat(inspection.instrument()).isEmpty();
        assertThat(inspection.metadata().countryText()).isEqualTo("Perú");
    }
}
