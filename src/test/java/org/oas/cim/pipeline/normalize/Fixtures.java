package org.oas.cim.pipeline.normalize;

import org.oas.cim.pipeline.codebook.Codebook;
import org.oas.cim.pipeline.codebook.CodebookLoader;
import org.oas.cim.pipeline.codebook.Item;
import org.oas.cim.pipeline.read.RawCell;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Optional;

/** The real codebook and vocabulary under jobs/, and short ways to normalize a cell of an item. */
final class Fixtures {
    static final Path JOBS = Path.of("jobs");
    static final Codebook CODEBOOK = CodebookLoader.load(JOBS);
    static final Vocabulary VOCABULARY = Vocabulary.load(JOBS);
    static final ValueNormalizer NORMALIZER = new ValueNormalizer(CODEBOOK, VOCABULARY);

    private Fixtures() {
    }

    /** An item of either instrument by its code. */
    static Item item(String code) {
        return CODEBOOK.instruments().stream().map(i -> i.item(code)).flatMap(Optional::stream)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no item " + code));
    }

    static Normalized text(String code, String text) {
        return NORMALIZER.normalize(item(code), RawCell.text(1, text), DateOrder.DAY_FIRST);
    }

    static Normalized number(String code, double number) {
        String written = number == Math.rint(number) ? Long.toString((long) number) : Double.toString(number);
        return NORMALIZER.normalize(item(code), new RawCell(1, written, number, null), DateOrder.DAY_FIRST);
    }

    static Normalized date(String code, LocalDateTime date) {
        return NORMALIZER.normalize(item(code), new RawCell(1, date.toLocalDate().toString(), 37330.0, date), DateOrder.DAY_FIRST);
    }
}
