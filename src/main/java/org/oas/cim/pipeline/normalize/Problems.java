package org.oas.cim.pipeline.normalize;

import org.oas.cim.pipeline.codebook.Item;
import org.oas.cim.pipeline.issue.IssueCode;
import org.oas.cim.pipeline.issue.Severity;

import java.util.List;
import java.util.Locale;

/**
 * The problems normalizing finds, with their arguments in one place: always the item code first, then the
 * detail. Where the detail is a piece of the researcher's text and the item is pii, the text is replaced by
 * {@link #WITHHELD}: a pii value never reaches a problem.
 */
final class Problems {
    /** Stands for a pii value in a problem's arguments. */
    static final String WITHHELD = "(personal data withheld)";
    /** The detail of a reversed estimate range ({@code 100-50}). */
    static final String REVERSED_RANGE = "reversed-range";

    private Problems() {
    }

    /** {@code [item, expected kind]}: the cell is not a value of the item's type. */
    static Problem typeError(Item item) {
        return Problem.of(IssueCode.TYPE_ERROR, item.code(), item.type().name().toLowerCase(Locale.ROOT));
    }

    /** {@code [item, part]}: a part of the cell names no choice of the item's list. */
    static Problem unknownChoice(Item item, String part) {
        return Problem.of(IssueCode.UNKNOWN_CHOICE, item.code(), shown(item, part));
    }

    /** {@code [item, part]}: a part of the cell names no country. */
    static Problem unknownCountry(Item item, String part) {
        return Problem.of(IssueCode.UNKNOWN_COUNTRY, item.code(), shown(item, part));
    }

    /** {@code [item, part, code]}: a part of the cell was taken as the code by a close fuzzy match. */
    static Problem fuzzy(Item item, String part, String code) {
        return Problem.of(IssueCode.FUZZY_MATCH, item.code(), shown(item, part), code);
    }

    /** {@code [item, "reversed-range"]}: a range written high to low, taken swapped (a warning). */
    static Problem reversedRange(Item item) {
        return new Problem(IssueCode.CONSTRAINT_ERROR, Severity.WARNING, List.of(item.code(), REVERSED_RANGE));
    }

    /** {@code [item, date, first year, last year]}: a date outside the study's years, kept (a warning). */
    static Problem outOfRange(Item item, String date, Vocabulary.Bounds years) {
        return Problem.of(IssueCode.OUT_OF_RANGE, item.code(), shown(item, date),
                Long.toString(years.low()), Long.toString(years.high()));
    }

    private static String shown(Item item, String text) {
        return item.pii() ? WITHHELD : TextKey.clean(text);
    }
}
