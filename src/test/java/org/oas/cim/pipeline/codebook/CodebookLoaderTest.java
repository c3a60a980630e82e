package org.oas.cim.pipeline.codebook;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The codebooks under jobs/ are what instruments.md fixes, item by item. */
class CodebookLoaderTest {
    private final Codebook codebook = CodebookLoader.load(Path.of("jobs"));

    @Test
    void bothInstrumentsLoadWithTheirStages() {
        assertThat(codebook.instrument("questionnaire").stage()).isEqualTo(1);
        assertThat(codebook.instrument("interview").stage()).isEqualTo(2);
        assertThat(codebook.instrument("questionnaire").items()).hasSize(29);
        assertThat(codebook.instrument("interview").items()).hasSize(31);
    }

    @Test
    void indicatorsAreTheItemsBothInstrumentsAsk() {
        assertThat(codebook.indicators()).extracting(Item::code).containsExactly(
                "P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P10", "P11",
                "L1", "L2", "L3", "L4", "L5", "L6", "S3");
    }

    @Test
    void itemsCarryTypesListsLabelsAndFlags() {
        Item p3 = codebook.instrument("questionnaire").item("P3").orElseThrow();
        assertThat(p3.type()).isEqualTo(ItemType.SELECT_MULTIPLE);
        assertThat(p3.listName()).isEqualTo("exploitation_form");
        assertThat(p3.label("es")).isEqualTo("Formas de explotación observadas");
        assertThat(p3.label("pt")).isEqualTo("Formas de exploração observadas");
        assertThat(codebook.instrument("interview").item("I5").orElseThrow().pii()).isTrue();
        assertThat(codebook.instrument("questionnaire").item("P11").orElseThrow().sensitive()).isTrue();
        assertThat(codebook.instrument("questionnaire").item("P6").orElseThrow().type()).isEqualTo(ItemType.ESTIMATE);
        assertThat(codebook.languages()).containsExactly("en", "es", "pt", "nl");
    }

    @Test
    void ordinalListsAreMarkedAndRanked() {
        Item l5 = codebook.instrument("questionnaire").item("L5").orElseThrow();
        assertThat(codebook.isOrdinal(l5)).isTrue();
        assertThat(codebook.isOrdinal(codebook.instrument("questionnaire").item("P1").orElseThrow())).isFalse();
        ChoiceList frequency = codebook.list("frequency");
        assertThat(frequency.informative()).extracting(Choice::code).containsExactly("never", "rarely", "sometimes", "often", "always");
        assertThat(frequency.byCode("often").orElseThrow().rank()).isEqualTo(3);
        assertThat(codebook.list("rating").byCode("2").orElseThrow().label("es")).isEqualTo("Mala");
    }

    @Test
    void countryListHasEveryIsoCountryPlusTheNetherlandsAntilles() {
        assertThat(codebook.countries()).hasSizeGreaterThanOrEqualTo(250);
        Country an = codebook.country("AN").orElseThrow();
        assertThat(an.name("nl")).isEqualTo("Nederlandse Antillen");
        assertThat(codebook.country("CW").orElseThrow().studyCode()).isEqualTo("AN");
        assertThat(codebook.country("CR").orElseThrow().name("es")).isEqualTo("Costa Rica");
        assertThat(codebook.country("DO").orElseThrow().aliases()).contains("Rep. Dominicana", "RD");
    }
}
