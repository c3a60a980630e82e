package org.oas.cim.pipeline.normalize;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oas.cim.pipeline.codebook.Item;
import org.oas.cim.pipeline.codebook.ItemType;
import org.oas.cim.pipeline.issue.IssueCode;
import org.oas.cim.pipeline.read.RawCell;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oas.cim.pipeline.normalize.Fixtures.NORMALIZER;
import static org.oas.cim.pipeline.normalize.Fixtures.item;
import static org.oas.cim.pipeline.normalize.Fixtures.text;

/** The value of a pii item never appears in a problem, nor in an other-note. */
class PersonalDataTest {
    private static final String NAME = "Juana Pérez";

    private static Item pii(ItemType type, String list) {
        return new Item("X9", "secret", type, list, "respondent", null, Map.of("es", "Secreto"), List.of(), true, false);
    }

    private static Normalized normalize(Item item, String text) {
        return NORMALIZER.normalize(item, RawCell.text(2, text), DateOrder.DAY_FIRST);
    }

    private static void assertNoPersonalData(Normalized n) {
        assertThat(n.problems()).isNotEmpty();
        n.problems().forEach(p -> assertThat(p.args()).noneMatch(arg -> arg.contains("Juana") || arg.contains("Pérez")
                || arg.contains("1990")));
        n.problems().forEach(p -> assertThat(p.args().get(0)).isEqualTo("X9"));
    }

    @Test
    void anUnknownChoiceOfAPiiItemIsWithheld() {
        Normalized n = normalize(pii(ItemType.SELECT_ONE, "respondent_type"), NAME);
        assertNoPersonalData(n);
        assertThat(n.problems()).containsExactly(Problem.of(IssueCode.UNKNOWN_CHOICE, "X9", Problems.WITHHELD));
    }

    @Test
    void aFuzzyMatchOfAPiiItemIsWithheld() {
        Normalized n = normalize(pii(ItemType.SELECT_ONE, "respondent_type"), "Organismo internacionall");
        assertThat(n.value()).isEqualTo(new Value.Code("intl_org"));
        assertThat(n.problems()).containsExactly(Problem.of(IssueCode.FUZZY_MATCH, "X9", Problems.WITHHELD, "intl_org"));
    }

    @Test
    void anUnknownCountryOfAPiiItemIsWithheld() {
        assertNoPersonalData(normalize(pii(ItemType.SELECT_ONE, "country"), NAME));
        assertNoPersonalData(normalize(pii(ItemType.SELECT_MULTIPLE, "country"), "Cuba; " + NAME));
    }

    @Test
    void aPiiMultiSelectKeepsNoOtherNoteAndWithholdsItsUnknownParts() {
        Normalized n = normalize(pii(ItemType.SELECT_MULTIPLE, "exploitation_form"),
                "Prostitución; " + NAME + "; Otra: llamar a " + NAME);
        assertThat(n.value()).isEqualTo(new Value.Codes(List.of("prostitution", "other"), null));
        assertNoPersonalData(n);
    }

    @Test
    void aNonPiiMultiSelectKeepsItsOtherNote() {
        assertThat(text("P3", "Otra: bares").value()).isEqualTo(new Value.Codes(List.of("other"), "bares"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ESTIMATE", "INTEGER", "DATE"})
    void typeErrorsOfPiiItemsNameOnlyTheExpectedType(String type) {
        assertNoPersonalData(normalize(pii(ItemType.valueOf(type), null), NAME));
    }

    @Test
    void anOutOfRangeDateOfAPiiItemIsWithheld() {
        Normalized n = normalize(pii(ItemType.DATE, null), "15/03/1990");
        assertNoPersonalData(n);
        assertThat(n.problems()).extracting(Problem::code).containsExactly(IssueCode.OUT_OF_RANGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"R5", "R6", "S4", "I5", "I6", "I8", "O6"})
    void piiTextItemsRaiseNoProblem(String code) {
        assertThat(item(code).pii()).isTrue();
        assertThat(text(code, NAME + ", 555-1234, juana@example.org")).isEqualTo(
                Normalized.of(new Value.Text(NAME + ", 555-1234, juana@example.org")));
    }
}
