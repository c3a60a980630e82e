package org.oas.cim.pipeline.normalize;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oas.cim.pipeline.codebook.Choice;
import org.oas.cim.pipeline.codebook.ChoiceList;
import org.oas.cim.pipeline.codebook.Codebook;
import org.oas.cim.pipeline.codebook.Item;
import org.oas.cim.pipeline.codebook.ItemType;
import org.oas.cim.pipeline.issue.IssueCode;
import org.oas.cim.pipeline.read.RawCell;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oas.cim.pipeline.normalize.Fixtures.VOCABULARY;
import static org.oas.cim.pipeline.normalize.Fixtures.text;

/** select_multiple: whole labels first, then separators, Kobo's spaces, other-notes and unknown parts. */
class MultiSelectTest {
    private static Value codes(String... codes) {
        return new Value.Codes(List.of(codes), null);
    }

    @ParameterizedTest(name = "P3: {0}")
    @ValueSource(strings = {"Prostitución; Turismo sexual", "Prostitución, Turismo sexual", "Prostitución|Turismo sexual",
            "Prostitución/Turismo sexual", "Prostitución\nTurismo sexual", "Prostitución\r\nTurismo sexual",
            "Prostitución y turismo sexual", "Prostituição e turismo sexual", "Prostitution and sex tourism",
            "Prostitutie en sekstoerisme", "prostitution sex_tourism", "Prostitución ; ; Turismo sexual;"})
    void partsAreSplitOnEverySeparator(String cell) {
        assertThat(text("P3", cell)).isEqualTo(Normalized.of(codes("prostitution", "sex_tourism")));
    }

    @Test
    void codesComeInCodebookOrderWithoutRepeats() {
        assertThat(text("P3", "Trabajo forzoso, Turismo sexual, prostitution, Prostitución").value())
                .isEqualTo(codes("prostitution", "sex_tourism", "forced_labour"));
    }

    @Test
    void wholeLabelsHoldingASeparatorAreMatchedBeforeSplitting() {
        assertThat(text("P4", "Niñas y niños menores de 12 años").value()).isEqualTo(codes("children"));
        assertThat(text("P4", "Mujeres adultas, Niñas y niños menores de 12 años").value()).isEqualTo(codes("women", "children"));
        assertThat(text("P4", "Niñas y niños menores de 12 años y hombres adultos").value()).isEqualTo(codes("children", "men"));
        assertThat(text("P4", "Adolescentes mujeres; adolescentes varones").value()).isEqualTo(codes("girls", "boys"));
    }

    @Test
    void aLabelWithACommaIsOneChoice() {
        ChoiceList list = new ChoiceList("status", false, List.of(
                new Choice("ratified", Map.of("es", "Ratificado"), List.of(), 0),
                new Choice("signed", Map.of("es", "Firmado, no ratificado"), List.of(), 1),
                new Choice("other", Map.of("es", "Otro"), List.of(), 2)));
        Codebook codebook = new Codebook(List.of(), List.of(list), Fixtures.CODEBOOK.countries(), List.of("es"));
        Item item = new Item("X1", "statuses", ItemType.SELECT_MULTIPLE, "status", "law", null,
                Map.of("es", "Estados"), List.of(), false, false);
        Normalized n = new ValueNormalizer(codebook, VOCABULARY)
                .normalize(item, RawCell.text(1, "Firmado, no ratificado; Ratificado"), DateOrder.DAY_FIRST);
        assertThat(n).isEqualTo(Normalized.of(codes("ratified", "signed")));
    }

    @Test
    void otherPrefixIsOtherWithItsNoteRunningToTheNextStrongSeparator() {
        assertThat(text("P3", "Prostitución; Otra: trabajo en bares, cantinas y discotecas; Pornografía"))
                .isEqualTo(Normalized.of(new Value.Codes(List.of("prostitution", "pornography", "other"),
                        "trabajo en bares, cantinas y discotecas")));
        assertThat(text("P9", "Otro:   por   internet").value()).isEqualTo(new Value.Codes(List.of("other"), "por internet"));
        assertThat(text("P9", "Anuncios, Other: social media").value())
                .isEqualTo(new Value.Codes(List.of("advertisement", "other"), "social media"));
    }

    @Test
    void theOtherLabelAloneHasNoNote() {
        assertThat(text("P3", "Otra").value()).isEqualTo(codes("other"));
    }

    @Test
    void anUnknownPartIsAnErrorWhileTheKnownPartsAreKept() {
        Normalized n = text("P3", "Prostitución; Pesca artesanal; Pornografía");
        assertThat(n.value()).isEqualTo(codes("prostitution", "pornography"));
        assertThat(n.problems()).containsExactly(Problem.of(IssueCode.UNKNOWN_CHOICE, "P3", "Pesca artesanal"));
    }

    @Test
    void aCellOfUnknownPartsOnlyIsMissingWithOneErrorNamingEveryPart() {
        Normalized n = text("S1", "comida; ropa; comida");
        assertThat(n.value()).isEqualTo(new Value.Missing());
        assertThat(n.problems()).containsExactly(Problem.of(IssueCode.UNKNOWN_CHOICE, "S1", "comida; ropa"));
    }

    @Test
    void anOtherPrefixInAListWithoutOtherIsAnUnknownPart() {
        Normalized n = text("S1", "Albergue; Otro: comida");
        assertThat(n.value()).isEqualTo(codes("shelter"));
        assertThat(n.problems()).containsExactly(Problem.of(IssueCode.UNKNOWN_CHOICE, "S1", "Otro: comida"));
    }

    @Test
    void aFuzzyPartIsTakenAndWarned() {
        Normalized n = text("P3", "Prostitucion; Turismo sexal");
        assertThat(n.value()).isEqualTo(codes("prostitution", "sex_tourism"));
        assertThat(n.problems()).containsExactly(Problem.of(IssueCode.FUZZY_MATCH, "P3", "Turismo sexal", "sex_tourism"));
    }

    @Test
    void missingPartsAreSkippedAndDontKnowAloneIsUnknown() {
        assertThat(text("P2", "Origen; -; Destino").value()).isEqualTo(codes("origin", "destination"));
        assertThat(text("P2", "no sabe; NS").value()).isEqualTo(new Value.Unknown());
        assertThat(text("P2", "Tránsito, no sabe").value()).isEqualTo(codes("transit"));
    }

    @Test
    void countryListsResolveCountriesInCodebookOrder() {
        assertThat(text("P7", "Nicaragua, Honduras y El Salvador").value()).isEqualTo(codes("HN", "NI", "SV"));
        assertThat(text("P8", "Trinidad y Tobago; Guyana").value()).isEqualTo(codes("GY", "TT"));
        assertThat(text("P7", "CR GT").value()).isEqualTo(codes("CR", "GT"));
        assertThat(text("P7", "Costa Rica Panamá").value()).isEqualTo(codes("CR", "PA"));
        assertThat(text("P8", "Curaçao / Aruba / Antillas Holandesas").value()).isEqualTo(codes("AN", "AW"));
        assertThat(text("P8", "EE.UU., Méjico, Holanda, Inglaterra").value()).isEqualTo(codes("GB", "MX", "NL", "US"));
    }

    @Test
    void anUnknownCountryPartIsAnErrorWhileTheOthersAreKept() {
        Normalized n = text("P7", "Atlantis; Cuba");
        assertThat(n.value()).isEqualTo(codes("CU"));
        assertThat(n.problems()).containsExactly(Problem.of(IssueCode.UNKNOWN_COUNTRY, "P7", "Atlantis"));
    }
}
