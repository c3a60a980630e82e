package org.oas.cim.pipeline.normalize;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oas.cim.pipeline.codebook.Item;
import org.oas.cim.pipeline.read.RawCell;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oas.cim.pipeline.normalize.Fixtures.NORMALIZER;
import static org.oas.cim.pipeline.normalize.Fixtures.item;
import static org.oas.cim.pipeline.normalize.Fixtures.text;

/** Missing words are no answer and don't-know words an answer without information, for every item type. */
class MissingAndUnknownTest {
    /** One item of every type: select_one, country, select_multiple, countries, estimate, integer, date, text. */
    private static final List<String> ITEMS = List.of("P1", "R1", "P3", "P7", "P6", "O1", "R7", "R2");
    private static final List<String> MISSING = List.of("", "   ", "-", "--", "—", ".", "n/a", "N/A", "NA", "s/d",
            "sin dato", "sem dados", "no aplica", "não se aplica", "not applicable", " Sin Dato ");
    private static final List<String> UNKNOWN = List.of("no sabe", "no sé", "NS", "NS/NR", "desconocido",
            "se desconoce", "não sabe", "não sei", "desconhecido", "don't know", "dont know", "DK", "unknown", "?",
            "weet niet", "ne sait pas", "No Sabe", "NO SÉ");

    static Stream<Arguments> missing() {
        return ITEMS.stream().flatMap(item -> MISSING.stream().map(word -> Arguments.of(item, word)));
    }

    static Stream<Arguments> unknown() {
        return ITEMS.stream().flatMap(item -> UNKNOWN.stream().map(word -> Arguments.of(item, word)));
    }

    @ParameterizedTest(name = "{0}: ''{1}'' is missing")
    @MethodSource("missing")
    void missingWordsAreNoAnswer(String code, String word) {
        Normalized n = text(code, word);
        assertThat(n.value()).isEqualTo(new Value.Missing());
        assertThat(n.problems()).isEmpty();
    }

    @ParameterizedTest(name = "{0}: ''{1}'' is don't know")
    @MethodSource("unknown")
    void dontKnowWordsAreUnknown(String code, String word) {
        Normalized n = text(code, word);
        assertThat(n.value()).isEqualTo(new Value.Unknown());
        assertThat(n.problems()).isEmpty();
    }

    @ParameterizedTest(name = "{0}: a blank cell is missing")
    @MethodSource("items")
    void aBlankCellIsMissing(String code) {
        Item item = item(code);
        assertThat(NORMALIZER.normalize(item, null, DateOrder.DAY_FIRST)).isEqualTo(Normalized.of(new Value.Missing()));
        assertThat(NORMALIZER.normalize(item, RawCell.text(3, null), DateOrder.DAY_FIRST).value()).isEqualTo(new Value.Missing());
    }

    static Stream<String> items() {
        return ITEMS.stream();
    }
}
