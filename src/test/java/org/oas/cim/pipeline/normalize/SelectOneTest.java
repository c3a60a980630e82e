package org.oas.cim.pipeline.normalize;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.oas.cim.pipeline.codebook.Choice;
import org.oas.cim.pipeline.codebook.ChoiceList;
import org.oas.cim.pipeline.codebook.Codebook;
import org.oas.cim.pipeline.codebook.Item;
import org.oas.cim.pipeline.codebook.ItemType;
import org.oas.cim.pipeline.issue.IssueCode;
import org.oas.cim.pipeline.issue.Severity;
import org.oas.cim.pipeline.read.RawCell;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oas.cim.pipeline.normalize.Fixtures.VOCABULARY;
import static org.oas.cim.pipeline.normalize.Fixtures.number;
import static org.oas.cim.pipeline.normalize.Fixtures.text;

/** select_one: by code, by label in any language, by alias, yes/no words, then a close fuzzy match (warned). */
class SelectOneTest {
    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "P1|yes|yes", "P1|NO|no", "R4|ngo|ngo", "R4|intl_org|intl_org", "P5|12_14|12_14", "L7|3|3",
            "P1|Sí|yes", "P1|Sim|yes", "P1|Yes|yes", "P1|Ja|yes", "P1|Não|no", "P1|Nee|no",
            "L5|A menudo|often", "L5|Frequentemente|often", "L5|Vaak|often", "L5|often|often",
            "L2|Firmado, no ratificado|signed", "L2|Assinado, não ratificado|signed", "L2|ratificado|ratified",
            "R4|Experto(a) independiente|expert", "R4|experto a independiente|expert", "I3|Policía Nacional|national_police",
            "P5|25 o más|25_plus", "P5|Menos de 12|under_12", "L7|Muy buena|5", "S2|regular|3",
    })
    void choicesAreTakenByCodeOrByLabelInAnyLanguage(String item, String text, String code) {
        assertThat(text(item, text)).isEqualTo(Normalized.of(new Value.Code(code)));
    }

    @ParameterizedTest(name = "P1: {0} -> yes")
    @ValueSource(strings = {"sí", "si", "s", "yes", "y", "sim", "oui", "ja", "x", "X", "✓", "1", "true", "TRUE",
            "verdadero", "verdadeiro"})
    void yesWordsAreYesInAYesNoList(String word) {
        assertThat(text("P1", word).value()).isEqualTo(new Value.Code("yes"));
    }

    @ParameterizedTest(name = "P10: {0} -> no")
    @ValueSource(strings = {"no", "n", "não", "nao", "non", "nee", "0", "false", "FALSE", "falso"})
    void noWordsAreNoInAYesNoList(String word) {
        assertThat(text("P10", word).value()).isEqualTo(new Value.Code("no"));
    }

    @Test
    void numericCellsNameCodes() {
        assertThat(number("L7", 2.0).value()).isEqualTo(new Value.Code("2"));
        assertThat(number("S2", 5).value()).isEqualTo(new Value.Code("5"));
        assertThat(number("P1", 1).value()).isEqualTo(new Value.Code("yes"));
        assertThat(number("P1", 0).value()).isEqualTo(new Value.Code("no"));
    }

    @Test
    void yesNoWordsAreOnlyForYesNoLists() {
        assertThat(text("L5", "x").problems()).extracting(Problem::code).containsExactly(IssueCode.UNKNOWN_CHOICE);
        assertThat(text("L7", "true").value()).isEqualTo(new Value.Missing());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Don't know", "No sabe", "Weet niet", "unknown"})
    void theUnknownChoiceIsDontKnow(String text) {
        assertThat(text("L2", text).value()).isEqualTo(new Value.Unknown());
        assertThat(text("P5", text).value()).isEqualTo(new Value.Unknown());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Otro: consultora privada", "Otra: red de iglesias", "Other: church", "Outro: igreja", "Anders: kerk"})
    void otherPrefixIsTheOtherChoice(String text) {
        assertThat(text("R4", text)).isEqualTo(Normalized.of(new Value.Code("other")));
    }

    @Test
    void otherPrefixInAListWithoutOtherIsAnUnknownChoice() {
        Normalized n = text("P5", "Otro: bebés");
        assertThat(n.value()).isEqualTo(new Value.Missing());
        assertThat(n.problems()).containsExactly(Problem.of(IssueCode.UNKNOWN_CHOICE, "P5", "Otro: bebés"));
    }

    @ParameterizedTest(name = "{0}: {1} ~ {2}")
    @CsvSource(delimiter = '|', value = {
            "L5|A menudoo|often", "R4|Organismo internacionall|intl_org", "I3|Ministerio de Justica|ministry_justice",
            "I3|Policía Nacional Civil|national_police", "L2|Firmado no ratificad|signed",
    })
    void aCloseFuzzyMatchIsTakenAndWarned(String item, String text, String code) {
        Normalized n = text(item, text);
        assertThat(n.value()).isEqualTo(new Value.Code(code));
        assertThat(n.problems()).containsExactly(Problem.of(IssueCode.FUZZY_MATCH, item, text, code));
        assertThat(n.problems().get(0).severity()).isEqualTo(Severity.WARNING);
    }

    @ParameterizedTest(name = "{0}: {1} is unknown")
    @CsvSource(delimiter = '|', value = {"P1|Quizás", "P1|Sí y no", "L5|Nuncaa", "L7|6", "R4|ONG internacional grande"})
    void unknownTextIsAnUnknownChoiceError(String item, String text) {
        Normalized n = text(item, text);
        assertThat(n.value()).isEqualTo(new Value.Missing());
        assertThat(n.problems()).containsExactly(Problem.of(IssueCode.UNKNOWN_CHOICE, item, text));
        assertThat(n.problems().get(0).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void aliasesMatchLikeLabels() {
        ChoiceList list = new ChoiceList("ratification", false, List.of(
                new Choice("ratified", Map.of("es", "Ratificado"), List.of("Ratificó", "sí ratificó"), 0),
                new Choice("signed", Map.of("es", "Firmado, no ratificado"), List.of("Solo firmado"), 1)));
        Codebook codebook = new Codebook(List.of(), List.of(list), Fixtures.CODEBOOK.countries(), List.of("es"));
        Item item = new Item("L2", "palermo_protocol", ItemType.SELECT_ONE, "ratification", "law", null,
                Map.of("es", "Protocolo"), List.of(), false, false);
        ValueNormalizer normalizer = new ValueNormalizer(codebook, VOCABULARY);
        assertThat(normalizer.normalize(item, RawCell.text(1, "Sí ratificó"), DateOrder.DAY_FIRST).value())
                .isEqualTo(new Value.Code("ratified"));
        assertThat(normalizer.normalize(item, RawCell.text(1, "solo firmado"), DateOrder.DAY_FIRST).value())
                .isEqualTo(new Value.Code("signed"));
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "R1|Costa Rica|CR", "R1|CRI|CR", "R1|cr|CR", "I1|Curaçao|AN", "I1|Méjico|MX", "R1|Rep. Dominicana|DO",
            "R1|Bélice|BZ", "I1|EE.UU.|US",
    })
    void theCountryListResolvesCountries(String item, String text, String code) {
        assertThat(text(item, text)).isEqualTo(Normalized.of(new Value.Code(code)));
    }

    @Test
    void aFuzzyCountryIsWarnedAndAnUnknownOneIsAnError() {
        assertThat(text("R1", "Guatemal")).isEqualTo(new Normalized(new Value.Code("GT"),
                List.of(Problem.of(IssueCode.FUZZY_MATCH, "R1", "Guatemal", "GT"))));
        assertThat(text("R1", "Atlantis")).isEqualTo(Normalized.failed(Problem.of(IssueCode.UNKNOWN_COUNTRY, "R1", "Atlantis")));
    }
}
