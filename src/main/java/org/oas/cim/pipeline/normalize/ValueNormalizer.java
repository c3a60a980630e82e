package org.oas.cim.pipeline.normalize;

import org.oas.cim.pipeline.codebook.ChoiceList;
import org.oas.cim.pipeline.codebook.Codebook;
import org.oas.cim.pipeline.codebook.Item;
import org.oas.cim.pipeline.read.RawCell;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Normalizes one cell to its item's type, by the rules of src/site/markdown/protocol/inputs.md ("Values"), with the
 * words of the {@link Vocabulary} and the codebook's choices and countries. Pure and deterministic; never logs.
 * <p>
 * Problems, always {@code [item code, detail...]} (a pii item's text is never a detail):
 * {@code type-error [item, expected type]} (value Missing); {@code unknown-choice} and
 * {@code unknown-country [item, part]} (error; for select_multiple the known parts are kept);
 * {@code fuzzy-match [item, part, code]} (warning, value taken); {@code out-of-range [item, date, first year,
 * last year]} (warning, date kept); a reversed estimate range ({@code 100-50}) is taken swapped with
 * {@code constraint-error [item, reversed-range]} at severity WARNING: the constraint low &le; high was broken,
 * but the value was taken. An impossible date ({@code 31/02/2002}) is a {@code type-error}: it is no date.
 */
public final class ValueNormalizer {
    private final Vocabulary vocabulary;
    private final Countries countries;
    private final Map<String, Options> options = new LinkedHashMap<>();
    private final NumberParser numbers;
    private final DateParser dates;
    private final MultiSelect multiSelect;

    public ValueNormalizer(Codebook codebook, Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.countries = new Countries(codebook);
        codebook.lists().keySet().stream().sorted()
                .forEach(name -> options.put(name, new ChoiceOptions(codebook.list(name), vocabulary)));
        options.put(Codebook.COUNTRY_LIST, new CountryOptions(codebook, countries));
        this.numbers = new NumberParser(vocabulary);
        this.dates = new DateParser(vocabulary);
        this.multiSelect = new MultiSelect(vocabulary);
    }

    /** The country resolver this normalizer uses. */
    public Countries countries() {
        return countries;
    }

    /**
     * The cell's value as its item's type.
     *
     * @param cell  the cell, or null for a blank one (Missing)
     * @param order how the file writes all-numeric dates
     */
    public Normalized normalize(Item item, RawCell cell, DateOrder order) {
        if (cell == null || !cell.isNumeric() && vocabulary.isMissing(cell.text())) {
            return Normalized.of(new Value.Missing());
        }
        String text = text(cell);
        if (!cell.isNumeric() && vocabulary.isUnknown(text)) {
            return Normalized.of(new Value.Unknown());
        }
        return switch (item.type()) {
            case SELECT_ONE -> selectOne(item, options(item), text);
            case SELECT_MULTIPLE -> multiSelect.parse(item, options(item), text);
            case ESTIMATE -> estimate(item, cell);
            case INTEGER -> count(item, cell);
            case DATE -> date(item, cell, order);
            case TEXT -> Normalized.of(new Value.Text(text.strip()));
        };
    }

    /**
     * A one-hot choice column's cell ({@code P3/prostitution}): true where the choice is named ({@code 1},
     * {@code TRUE}, {@code x}, {@code Sí}, a yes word), false where it is not (blank, a missing word,
     * {@code 0}, {@code FALSE}, {@code No}, a no word), empty where the cell is neither.
     */
    public Optional<Boolean> flag(RawCell cell) {
        if (cell == null || !cell.isNumeric() && vocabulary.isMissing(cell.text())) {
            return Optional.of(false);
        }
        return vocabulary.yesNo(text(cell));
    }

    private Normalized selectOne(Item item, Options list, String text) {
        Optional<String> code = list.exact(text);
        if (code.isPresent()) {
            return Normalized.of(choice(code.get()));
        }
        if (list.otherCode().isPresent() && vocabulary.otherNote(text).isPresent()) {
            return Normalized.of(new Value.Code(list.otherCode().get()));
        }
        code = list.fuzzy(text);
        if (code.isPresent()) {
            return new Normalized(choice(code.get()), List.of(Problems.fuzzy(item, text, code.get())));
        }
        return Normalized.failed(list.unknown(item, text));
    }

    /** The {@code unknown} choice is "don't know" however it was written. */
    private static Value choice(String code) {
        return code.equals(ChoiceList.UNKNOWN) ? new Value.Unknown() : new Value.Code(code);
    }

    private Normalized estimate(Item item, RawCell cell) {
        if (cell.isDate()) {
            return Normalized.failed(Problems.typeError(item));
        }
        if (cell.isNumeric()) {
            OptionalLong n = NumberParser.whole(cell.number());
            return n.isPresent() ? Normalized.of(new Value.Interval(n.getAsLong(), n.getAsLong(), false))
                    : Normalized.failed(Problems.typeError(item));
        }
        return numbers.estimate(cell.text())
                .map(e -> new Normalized(e.interval(), e.reversed() ? List.of(Problems.reversedRange(item)) : List.of()))
                .orElseGet(() -> Normalized.failed(Problems.typeError(item)));
    }

    private Normalized count(Item item, RawCell cell) {
        OptionalLong n = cell.isDate() ? OptionalLong.empty()
                : cell.isNumeric() ? NumberParser.whole(cell.number()) : numbers.count(cell.text());
        return n.isPresent() ? Normalized.of(new Value.Count(n.getAsLong())) : Normalized.failed(Problems.typeError(item));
    }

    private Normalized date(Item item, RawCell cell, DateOrder order) {
        Optional<Value.DateValue> date;
        if (cell.isDate()) {
            date = Optional.of(new Value.DateValue(cell.date().toLocalDate(), false));
        } else {
            date = cell.isNumeric() ? Optional.empty() : dates.parse(cell.text(), order);
        }
        if (date.isEmpty()) {
            return Normalized.failed(Problems.typeError(item));
        }
        LocalDate day = date.get().date();
        Vocabulary.Bounds years = vocabulary.plausibleYears();
        // A birth date is the one date that lies before the study's years by nature.
        if (!years.contains(day.getYear()) && !"birth_date".equals(item.role())) {
            return new Normalized(date.get(), List.of(Problems.outOfRange(item, day.toString(), years)));
        }
        return Normalized.of(date.get());
    }

    private Options options(Item item) {
        Options list = options.get(item.listName());
        if (list == null) {
            throw new IllegalArgumentException("item " + item.code() + " names no known choice list " + item.listName());
        }
        return list;
    }

    /** A whole numeric cell as its digits ({@code 2.0} is {@code 2}), so that codes like rating's match. */
    private static String text(RawCell cell) {
        if (cell.isNumeric() && !cell.isDate()) {
            OptionalLong whole = NumberParser.whole(cell.number());
            if (whole.isPresent()) {
                return Long.toString(whole.getAsLong());
            }
        }
        return cell.text() == null ? "" : cell.text();
    }
}
