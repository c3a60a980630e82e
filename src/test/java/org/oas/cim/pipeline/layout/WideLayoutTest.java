package org.oas.cim.pipeline.layout;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oas.cim.pipeline.codebook.Instrument;
import org.oas.cim.pipeline.issue.Issue;
import org.oas.cim.pipeline.issue.IssueCode;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oas.cim.pipeline.layout.Fixtures.answers;
import static org.oas.cim.pipeline.layout.Fixtures.blank;
import static org.oas.cim.pipeline.layout.Fixtures.csv;
import static org.oas.cim.pipeline.layout.Fixtures.opener;
import static org.oas.cim.pipeline.layout.Fixtures.records;
import static org.oas.cim.pipeline.layout.Fixtures.row;
import static org.oas.cim.pipeline.layout.Fixtures.sheet;
import static org.oas.cim.pipeline.layout.Fixtures.xlsx;

/** Wide sheets as researchers send them (inputs.md, "Layouts" 1 and 3, and "Headers"), written and read back. */
class WideLayoutTest {
    private static final FileInspector inspector = new FileInspector(Fixtures.CODEBOOK);

    @TempDir
    Path dir;

    @Test
    void theHeaderIsTheRowMatchingMostItemsBelowTitleLogoAndMetadataRows() throws Exception {
        Path file = xlsx(dir, "cr.xlsx", sheet("Datos",
                row("Cuestionario modelo sobre trata de personas"),
                row("País: Costa Rica", null, "Fase: phase-1"),
                row("Formato de fecha: MM/DD/AAAA"),
                blank(),
                row(null, "Logo OEA"),
                row("R1. País", "R3 - Organización", "R4) Tipo de informante", "P1. ¿Existe trata de mujeres, adolescentes o niños?", "P6 - Número estimado de víctimas por año"),
                row("Costa Rica", "Casa Alianza", "ONG", "Sí", "150"),
                row("Costa Rica", "Fundación Rahab", "ONG", "No sabe", 300)));

        FileInspection inspection = inspector.inspect(opener(file));

        assertThat(inspection.instrument()).map(Instrument::id).hasValue("questionnaire");
        assertThat(inspection.metadata()).isEqualTo(new FileMetadata("Costa Rica", "phase-1", true));
        assertThat(inspection.sheets()).singleElement().satisfies(layout -> {
            assertThat(layout.layout()).isEqualTo(Layout.WIDE);
            assertThat(layout.headerRow()).isEqualTo(6);
            assertThat(layout.dataStartRow()).isEqualTo(7);
        });
        assertThat(inspection.issues()).isEmpty();
        List<RespondentRecord> records = records(inspector, file, inspection);
        assertThat(records).extracting(RespondentRecord::firstRow).containsExactly(7, 8);
        assertThat(answers(records.get(0))).containsExactly("R1=Costa Rica", "R3=Casa Alianza", "R4=ONG", "P1=Sí", "P6=150");
        assertThat(answers(records.get(1))).contains("P6=300");
    }

    @Test
    void keyAndValueInTwoCellsAndDashSeparatedMetadataAreTaken() throws Exception {
        Path file = xlsx(dir, "jm.xlsx", sheet("Sheet1",
                row("Country - Jamaica"),
                row("Phase", "phase-3"),
                row("Date format", "day first"),
                row("Country", "Organization", "Type of respondent", "P1", "P2"),
                row("Jamaica", "Women's Centre", "NGO", "Yes", "origin")));

        FileInspection inspection = inspector.inspect(opener(file));

        assertThat(inspection.metadata()).isEqualTo(new FileMetadata("Jamaica", "phase-3", false));
        assertThat(inspection.sheets().get(0).headerRow()).isEqualTo(4);
    }

    @Test
    void aSecondHeaderRowOfCodesUnderMergedGroupTitlesIsTheHeader() throws Exception {
        Path file = xlsx(dir, "groups.xlsx", sheet("Hoja1",
                row("Informante", null, null, "Presencia", null, null),
                row("R1", "R3", "R4", "P1", "P2", "P6"),
                row("Panamá", "Casa Esperanza", "ONG", "Sí", "origen; tránsito", "50 a 100"))
                .merge("A1:C1").merge("D1:F1"));

        FileInspection inspection = inspector.inspect(opener(file));

        assertThat(inspection.sheets().get(0).dataStartRow()).isEqualTo(3);
        assertThat(inspection.issues()).isEmpty();
        List<RespondentRecord> records = records(inspector, file, inspection);
        assertThat(records).singleElement().satisfies(r -> assertThat(answers(r))
                .containsExactly("R1=Panamá", "R3=Casa Esperanza", "R4=ONG", "P1=Sí", "P2=origen; tránsito", "P6=50 a 100"));
    }

    @Test
    void aRowBelowTheBestRowNamesTheColumnsTheBestRowLeftUnmatched() throws Exception {
        Path file = xlsx(dir, "two-rows.xlsx", sheet("Hoja1",
                row("País", "Organización", "Tipo de informante", "¿Existe trata?", "Pregunta 6"),
                row(null, null, null, "P1", "P6"),
                row("Honduras", "Casa Alianza", "ONG", "Sí", "200")));

        FileInspection inspection = inspector.inspect(opener(file));

        assertThat(inspection.issues()).isEmpty();
        assertThat(records(inspector, file, inspection)).singleElement().satisfies(r -> {
            assertThat(r.firstRow()).isEqualTo(3);
            assertThat(answers(r)).containsExactly("R1=Honduras", "R3=Casa Alianza", "R4=ONG", "P1=Sí", "P6=200");
        });
    }

    @Test
    void aRowOfCodesUnderARowOfLabelsIsHeaderTooAndNoRespondent() throws Exception {
        Path file = csv(dir, "labels-and-names.csv", ',',
                row("País", "Tipo de informante", "Organización", "¿Participan redes del crimen organizado?"),
                row("country", "respondent_type", "organization", "organized_crime"),
                row("SV", "ngo", "CEMUJER", "yes"));

        FileInspection inspection = inspector.inspect(opener(file));

        assertThat(inspection.sheets().get(0).dataStartRow()).isEqualTo(3);
        assertThat(records(inspector, file, inspection)).singleElement()
                .satisfies(r -> assertThat(answers(r)).containsExactly("R1=SV", "R4=ngo", "R3=CEMUJER", "P10=yes"));
    }

    @Test
    void choiceLabelsUnderAMultiSelectsMergedTitleArePerChoiceColumns() throws Exception {
        Path file = xlsx(dir, "merged-choices.xlsx", sheet("Hoja1",
                row("País", "Tipo de informante", "Organización", "Formas de explotación observadas", null, null, "P1"),
                row(null, null, null, "Prostitución", "Turismo sexual", "Pornografía"),
                row("Costa Rica", "ONG", "PANIAMOR", "x", null, "x", "Sí"))
                .merge("D1:F1"));

        FileInspection inspection = inspector.inspect(opener(file));

        assertThat(records(inspector, file, inspection)).singleElement().satisfies(r -> assertThat(answers(r))
                .containsExactly("R1=Costa Rica", "R4=ONG", "R3=PANIAMOR", "P3/prostitution=x", "P3/pornography=x", "P1=Sí"));
    }

    @Test
    void labelsInDutchPortugueseAndEnglishBindTheirItems() throws Exception {
        Path file = xlsx(dir, "sr.xlsx",
                sheet("nl", row("Land", "Organisatie", "Type respondent", "Komt handel in vrouwen, adolescenten of kinderen voor seksuele uitbuiting voor in het land?"),
                        row("Suriname", "Stichting", "NGO", "Ja")),
                sheet("pt", row("País", "Organização", "Tipo de informante", "Faixa etária mais afetada"),
                        row("Brasil", "CECRIA", "ONG", "15 a 17")),
                sheet("en", row("Country", "Organization", "Type of respondent", "How would you rate the government's response?"),
                        row("Belize", "Help for Progress", "NGO", "3")));

        FileInspection inspection = inspector.inspect(opener(file));

        assertThat(inspection.issues()).isEmpty();
        assertThat(records(inspector, file, inspection)).extracting(Fixtures::answers).containsExactly(
                List.of("R1=Suriname", "R3=Stichting", "R4=NGO", "P1=Ja"),
                List.of("R1=Brasil", "R3=CECRIA", "R4=ONG", "P5=15 a 17"),
                List.of("R1=Belize", "R3=Help for Progress", "R4=NGO", "L7=3"));
    }

    @Test
    void aKoboBothExportBindsSummaryAndPerChoiceColumnsAndTakesTheUuid() throws Exception {
        Path file = csv(dir, "kobo.csv", ';',
                row("start", "end", "today", "deviceid", "grp_resp/country", "grp_resp/respondent_type",
                        "grp_resp/organization", "grp_presence/P1", "grp_presence/P3", "grp_presence/P3/prostitution",
                        "grp_presence/P3/sex_tourism", "meta/instanceID", "_id", "_uuid", "_submission_time",
                        "_validation_status", "_notes", "_status", "_submitted_by", "__version__", "_tags", "_index"),
                row("2002-03-01T10:00", "2002-03-01T10:30", "2002-03-01", "ee.kobo:1", "DO", "ngo", "CEPROSH", "yes",
                        "prostitution sex_tourism", "1", "1", "uuid:abc-1", "11", "abc-1", "2002-03-01T10:31", "", "",
                        "submitted_via_web", "", "vXyz", "", "1"));

        FileInspection inspection = inspector.inspect(opener(file));

        assertThat(inspection.issues()).isEmpty();
        assertThat(inspection.sheets().get(0).bindings()).extracting(Binding::kind).containsExactly(
                HeaderKind.ITEM, HeaderKind.ITEM, HeaderKind.ITEM, HeaderKind.ITEM, HeaderKind.ITEM,
                HeaderKind.CHOICE_COLUMN, HeaderKind.CHOICE_COLUMN, HeaderKind.SUBMISSION_ID);
        RespondentRecord record = records(inspector, file, inspection).get(0);
        assertThat(record.submissionId()).isEqualTo("abc-1");
        assertThat(answers(record)).containsExactly("R1=DO", "R4=ngo", "R3=CEPROSH", "P1=yes",
                "P3=prostitution sex_tourism", "P3/prostitution=1", "P3/sex_tourism=1");
    }

    @Test
    void redcapPerChoiceColumnsAreBound() throws Exception {
        Path file = csv(dir, "redcap.csv", ',',
                row("record_id", "country", "respondent_type", "organization", "p1", "p3___prostitution", "p3___forced_labour", "cuestionario_complete"),
                row("1", "GT", "ngo", "ECPAT Guatemala", "yes", "1", "0", "2"));

        FileInspection inspection = inspector.inspect(opener(file));

        assertThat(inspection.issues()).isEmpty();
        assertThat(answers(records(inspector, file, inspection).get(0)))
                .containsExactly("R1=GT", "R4=ngo", "R3=ECPAT Guatemala", "P1=yes", "P3/prostitution=1", "P3/forced_labour=0");
    }

    @Test
    void twoColumnsForOneItemAreADuplicateLabelAndNeitherIsBound() throws Exception {
        Path file = xlsx(dir, "dup.xlsx", sheet("Datos",
                row("País", "Tipo de informante", "Organización", "P1", "¿Existe trata de mujeres, adolescentes o niños con fines de explotación sexual en el país?", "P6"),
                row("Nicaragua", "ONG", "Casa Alianza", "Sí", "No", "80")));

        FileInspection inspection = inspector.inspect(opener(file));

        assertThat(inspection.issues()).extracting(Issue::code, Issue::column, Issue::args).containsExactly(
                org.assertj.core.groups.Tuple.tuple(IssueCode.DUPLICATE_LABEL, 4, List.of("P1")),
                org.assertj.core.groups.Tuple.tuple(IssueCode.DUPLICATE_LABEL, 5, List.of("P1")));
        assertThat(answers(records(inspector, file, inspection).get(0)))
                .containsExactly("R1=Nicaragua", "R4=ONG", "R3=Casa Alianza", "P6=80");
    }

    @Test
    void anUnmatchedHeaderIsWarnedOncePerFileWithItsText() throws Exception {
        Path file = xlsx(dir, "extra.xlsx",
                sheet("Costa Rica", row("País", "Tipo de informante", "Organización", "Observaciones del equipo"),
                        row("Costa Rica", "ONG", "PANIAMOR", "llamar de nuevo")),
                sheet("Panamá", row("País", "Tipo de informante", "Organización", "Observaciones del equipo", "Código interno"),
                        row("Panamá", "ONG", "Casa Esperanza", "ok", "77")));

        FileInspection inspection = inspector.inspect(opener(file));

        assertThat(inspection.issues()).extracting(Issue::code, Issue::sheet, Issue::column, Issue::rawValue).containsExactly(
                org.assertj.core.groups.Tuple.tuple(IssueCode.EXTRA_LABEL, "Costa Rica", 4, "Observaciones del equipo"),
                org.assertj.core.groups.Tuple.tuple(IssueCode.EXTRA_LABEL, "Panamá", 5, "Código interno"));
        assertThat(records(inspector, file, inspection)).extracting(Fixtures::answers).containsExactly(
                List.of("R1=Costa Rica", "R4=ONG", "R3=PANIAMOR"), List.of("R1=Panamá", "R4=ONG", "R3=Casa Esperanza"));
    }

    @Test
    void aFuzzyHeaderIsBoundAndWarnedWithTheItemItWasTakenAs() throws Exception {
        Path file = xlsx(dir, "fuzzy.xlsx", sheet("Datos",
                row("País", "Tipo de informante", "Organización", "Formas de explotacion obsevadas"),
                row("El Salvador", "ONG", "CEMUJER", "prostitución")));

        FileInspection inspection = inspector.inspect(opener(file));

        assertThat(inspection.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo(IssueCode.FUZZY_MATCH);
            assertThat(issue.cellRef()).isEqualTo("D1");
            assertThat(issue.args()).containsExactly("Formas de explotacion obsevadas", "P3");
        });
        assertThat(answers(records(inspector, file, inspection).get(0))).contains("P3=prostitución");
    }

    @Test
    void theSettingsSheetAfterTheDataSheetGivesTheFilesMetadata() throws Exception {
        Path file = xlsx(dir, "bz.xlsx",
                sheet("Respuestas", row("País", "Tipo de informante", "Organización", "P1"), row("Belize", "NGO", "YWCA", "Yes")),
                sheet("settings", row("country", "Belize"), row("phase", "phase-2"), row("date_format", "mm/dd/yyyy")));

        FileInspection inspection = inspector.inspect(opener(file));

        assertThat(inspection.metadata()).isEqualTo(new FileMetadata("Belize", "phase-2", true));
        assertThat(inspection.sheets()).extracting(SheetLayout::name).containsExactly("Respuestas");
        assertThat(records(inspector, file, inspection)).hasSize(1);
    }
}
