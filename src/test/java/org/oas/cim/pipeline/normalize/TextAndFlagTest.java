package org.oas.cim.pipeline.normalize;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oas.cim.pipeline.read.RawCell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oas.cim.pipeline.normalize.Fixtures.NORMALIZER;
import static org.oas.cim.pipeline.normalize.Fixtures.text;

/** Text items keep their text; one-hot choice columns are flags, blank meaning "not named". */
class TextAndFlagTest {
    @Test
    void textIsKeptAsWrittenWithoutSurroundingSpaces() {
        assertThat(text("R2", "  San José, Heredia ")).isEqualTo(Normalized.of(new Value.Text("San José, Heredia")));
        assertThat(text("R3", "Casa Alianza")).isEqualTo(Normalized.of(new Value.Text("Casa Alianza")));
    }

    @ParameterizedTest(name = "{0} names the choice")
    @ValueSource(strings = {"1", "TRUE", "true", "x", "X", "Sí", "si", "yes", "Sim", "✓", "oui", "ja"})
    void yesWordsNameTheChoice(String text) {
        assertThat(NORMALIZER.flag(RawCell.text(4, text))).contains(true);
    }

    @ParameterizedTest(name = "{0} does not name the choice")
    @ValueSource(strings = {"0", "FALSE", "false", "No", "não", "nee", "", " ", "-"})
    void noWordsAndBlanksDoNotNameTheChoice(String text) {
        assertThat(NORMALIZER.flag(RawCell.text(4, text))).contains(false);
    }

    @Test
    void numericAndAbsentCellsAreFlagsToo() {
        assertThat(NORMALIZER.flag(null)).contains(false);
        assertThat(NORMALIZER.flag(new RawCell(4, "1", 1.0, null))).contains(true);
        assertThat(NORMALIZER.flag(new RawCell(4, "0", 0.0, null))).contains(false);
    }

    @ParameterizedTest(name = "{0} is no flag")
    @ValueSource(strings = {"prostitution", "2", "quizás", "no sabe"})
    void otherTextIsNoFlag(String text) {
        assertThat(NORMALIZER.flag(RawCell.text(4, text))).isEmpty();
    }
}
