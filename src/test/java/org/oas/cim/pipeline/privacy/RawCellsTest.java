package org.oas.cim.pipeline.privacy;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RawCellsTest {
    @Test
    void keepsOnlyTheCellsNamedAndCountsBoth() {
        String cells = "A2\tCR\nB2\tAna Lucía Vargas\\nSan José\nC2\tSí\nD2\ttel. 2222\\t3333";

        RawCells.Kept kept = RawCells.keep(cells, Set.of("A2", "C2"));

        assertThat(kept.cells()).isEqualTo("A2\tCR\nC2\tSí");
        assertThat(kept.kept()).isEqualTo(2);
        assertThat(kept.removed()).isEqualTo(2);
    }

    @Test
    void aRowWithNoAnswerKeepsNothing() {
        RawCells.Kept kept = RawCells.keep("A7\tGuatemala\nB7\tMario René Ajú Batz", Set.of());

        assertThat(kept.cells()).isEmpty();
        assertThat(kept.removed()).isEqualTo(2);
    }
}
