package org.oas.cim.pipeline.layout;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Headers as researchers and survey tools write them, against both instruments of the codebook (inputs.md, "Headers"). */
class HeaderMatcherTest {
    private static final HeaderMatcher matcher = new HeaderMatcher(Fixtures.CODEBOOK);

    @ParameterizedTest
    @ValueSource(strings = {"P1", "p1", "P1.", "P1 -", "P1)", "P1:", " P1 ", "P1. ¿Existe trata de mujeres?",
            "P1 - Existe trata", "P1) cualquier texto"})
    void anItemCodeMatchesWhateverLabelTextFollowsIt(String header) {
        HeaderMatch match = matcher.match(header);
        assertThat(match.kind()).isEqualTo(HeaderKind.ITEM);
        assertThat(match.item().code()).isEqualTo("P1");
        assertThat(match.fuzzy()).isFalse();
    }

    @Test
    void aSharedCodeMatchesBothInstrumentsAndAnOwnCodeOnlyItsOwn() {
        assertThat(matcher.match("P1").instruments()).containsExactly("questionnaire", "interview");
        assertThat(matcher.match("R4").instruments()).containsExactly("questionnaire");
        assertThat(matcher.match("I3").instruments()).containsExactly("interview");
    }

    @Test
    void aLongerCodeIsNotTakenForItsPrefix() {
        assertThat(matcher.match("P10").item().code()).isEqualTo("P10");
        assertThat(matcher.match("P11 - complicidad").item().code()).isEqualTo("P11");
    }

    @ParameterizedTest
    @CsvSource({"trafficking_present,P1", "respondent_type,R4", "agency_type,I3", "country_role,P2", "victims_per_year,P6"})
    void anItemNameMatchesItsItem(String header, String code) {
        assertThat(matcher.match(header).item().code()).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Tipo de informante|R4",
            "Type of respondent|R4",
            "Type respondent|R4",
            "Faixa etária mais afetada|P5",
            "Meest getroffen leeftijdsgroep|P5",
            "Age group most affected|P5",
            "¿PARTICIPAN REDES DEL CRIMEN ORGANIZADO?|P10",
            "participan redes del crimen organizado|P10",
            "Tipo de institución|I3",
            "  Condenas por trata en el último   año |L4"})
    void aLabelInAnyLanguageMatchesWithoutCaseAccentsPunctuationOrExtraSpaces(String header, String code) {
        HeaderMatch match = matcher.match(header);
        assertThat(match.item().code()).isEqualTo(code);
        assertThat(match.fuzzy()).isFalse();
    }

    @Test
    void aLabelBothInstrumentsUseMatchesEachInstrumentsOwnItem() {
        HeaderMatch pais = matcher.match("País");
        assertThat(pais.item("questionnaire").code()).isEqualTo("R1");
        assertThat(pais.item("interview").code()).isEqualTo("I1");
    }

    @ParameterizedTest
    @CsvSource({"grp_presence/P1,P1", "g1-P1,P1", "grp_presence-P1,P1", "presence/country_role,P2",
            "grp_a/grp_b/victims_per_year,P6", "group_resp/Tipo de informante,R4"})
    void surveyToolGroupPrefixesAreStripped(String header, String code) {
        HeaderMatch match = matcher.match(header);
        assertThat(match.kind()).isEqualTo(HeaderKind.ITEM);
        assertThat(match.item().code()).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "P3/prostitution|P3|prostitution",
            "P3_prostitution|P3|prostitution",
            "P3___prostitution|P3|prostitution",
            "p3___sex_tourism|P3|sex_tourism",
            "exploitation_forms/forced_labour|P3|forced_labour",
            "grp_presence/P3/pornography|P3|pornography",
            "P3. Formas de explotación: Prostitución|P3|prostitution",
            "P3 - Turismo sexual|P3|sex_tourism",
            "Formas de explotación observadas/Prostitución|P3|prostitution",
            "Formas de explotación observadas [Trabajo forzoso]|P3|forced_labour",
            "Formas de explotación: Servidumbre doméstica|P3|domestic_servitude",
            "P4. Grupos de víctimas: Niñas y niños menores de 12 años|P4|children",
            "S1/hotline|S1|hotline",
            "P7/CO|P7|CO",
            "P8. Países de destino: Estados Unidos|P8|US"})
    void aPerChoiceColumnNamesItsItemAndChoice(String header, String code, String choice) {
        HeaderMatch match = matcher.match(header);
        assertThat(match.kind()).isEqualTo(HeaderKind.CHOICE_COLUMN);
        assertThat(match.item().code()).isEqualTo(code);
        assertThat(match.choiceCode()).isEqualTo(choice);
    }

    @Test
    void aSingleChoiceItemHasNoPerChoiceColumns() {
        assertThat(matcher.match("P1/yes").kind()).isEqualTo(HeaderKind.NONE);
        assertThat(matcher.match("P1: Sí").kind()).isEqualTo(HeaderKind.ITEM);
    }

    @ParameterizedTest
    @ValueSource(strings = {"_id", "_index", "_submission_time", "_validation_status", "__version__", "start", "end",
            "today", "deviceid", "_submitted_by", "_status", "_tags", "_notes", "formhub/uuid", "SubmissionDate",
            "meta/deprecatedID", "record_id", "cuestionario_complete", "redcap_event_name"})
    void surveyToolMetadataIsRecognizedAsSuch(String header) {
        assertThat(matcher.match(header).kind()).isEqualTo(HeaderKind.METADATA);
    }

    @ParameterizedTest
    @ValueSource(strings = {"_uuid", "meta-instanceID", "meta/instanceID", "instanceID", "KEY"})
    void submissionIdsAreMarked(String header) {
        assertThat(matcher.match(header).kind()).isEqualTo(HeaderKind.SUBMISSION_ID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"phase", "Fase", "FASE", "grp_meta/phase", "Fase del estudio"})
    void aPhaseColumnIsRecognized(String header) {
        assertThat(matcher.match(header).kind()).isEqualTo(HeaderKind.PHASE);
    }

    @Test
    void aTypoInALabelIsAFuzzyMatch() {
        HeaderMatch match = matcher.match("Formas de explotacion obsevadas");
        assertThat(match.item().code()).isEqualTo("P3");
        assertThat(match.fuzzy()).isTrue();
    }

    @Test
    void aLabelWithAWordLeftOutIsAFuzzyMatch() {
        HeaderMatch match = matcher.match("Grupos víctimas");
        assertThat(match.item().code()).isEqualTo("P4");
        assertThat(match.fuzzy()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Observaciones del encuestador", "Nombre del archivo", "Total", "", "   ", "x"})
    void aHeaderThatMeansNothingMatchesNothing(String header) {
        HeaderMatch match = matcher.match(header);
        assertThat(match.kind()).isEqualTo(HeaderKind.NONE);
        assertThat(match.item()).isNull();
    }
}
