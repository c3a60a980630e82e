package org.oas.cim.pipeline.ingest;

import org.junit.jupiter.api.Test;
import org.oas.cim.pipeline.codebook.Codebook;
import org.oas.cim.pipeline.codebook.CodebookLoader;
import org.oas.cim.pipeline.codebook.Item;
import org.oas.cim.pipeline.normalize.DateOrder;
import org.oas.cim.pipeline.normalize.Normalized;
import org.oas.cim.pipeline.normalize.ValueNormalizer;
import org.oas.cim.pipeline.normalize.Vocabulary;
import org.oas.cim.pipeline.read.RawCell;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A file's repeated cells take the first one's value and problems: exactly what normalizing each anew gives. */
class NormalizedCellsTest {
    private static final Path JOBS = Path.of("jobs");
    private static final Codebook CODEBOOK = CodebookLoader.load(JOBS);
    private static final ValueNormalizer NORMALIZER = new ValueNormalizer(CODEBOOK, Vocabulary.load(JOBS));

    @Test
    void repeatedCellsGetWhatNormalizingEachAnewGives() {
        NormalizedCells cells = new NormalizedCells(NORMALIZER, DateOrder.MONTH_FIRST);
        List<RawCell> contents = List.of(RawCell.text(3, "Sí"), RawCell.text(4, "si"), RawCell.text(5, "No sabe"),
                RawCell.text(6, "Prostitucion"), RawCell.text(7, "Prostitución, turismo sexual"), RawCell.text(8, "cientos"),
                RawCell.text(9, "100-50"), RawCell.text(10, "03/04/2002"), RawCell.text(11, "31/02/2002"),
                RawCell.text(12, "2"), new RawCell(12, "2", 2.0, null), new RawCell(13, "2002-03-15", 37330.0,
                        LocalDateTime.of(2002, 3, 15, 0, 0)), RawCell.text(14, "Costa Rica"), RawCell.text(15, "CR"));
        for (int round = 0; round < 3; round++) {
            for (String code : List.of("R1", "R3", "R7", "P1", "P3", "P5", "L1", "L3", "S1")) {
                Item item = item(code);
                for (RawCell cell : contents) {
                    Normalized anew = NORMALIZER.normalize(item, cell, DateOrder.MONTH_FIRST);
                    assertThat(cells.normalize(item, cell)).as("%s <- %s, round %d", code, cell, round).isEqualTo(anew);
                }
                assertThat(cells.normalize(item, null)).isEqualTo(NORMALIZER.normalize(item, null, DateOrder.MONTH_FIRST));
            }
        }
    }

    @Test
    void aFileOfDistinctTextsIsRememberedOnlyUpToTheBound() {
        NormalizedCells cells = new NormalizedCells(NORMALIZER, DateOrder.DAY_FIRST);
        Item estimate = item("L3");
        for (int n = 0; n < NormalizedCells.CAPACITY * 2; n++) {
            assertThat(cells.normalize(estimate, RawCell.text(4, n + " aprox."))).isEqualTo(
                    NORMALIZER.normalize(estimate, RawCell.text(4, n + " aprox."), DateOrder.DAY_FIRST));
        }

        assertThat(cells.remembered()).isEqualTo(NormalizedCells.CAPACITY);
    }

    private static Item item(String code) {
        return CODEBOOK.instruments().stream().map(i -> i.item(code)).flatMap(Optional::stream).findFirst().orElseThrow();
    }
}
