package org.oas.cim.pipeline.normalize;

import org.oas.cim.pipeline.codebook.Item;

import java.util.Optional;

/** What a select item may take, as codes: a choice list, or the country list. */
interface Options {
    /** The code a text names exactly: a code, a label in any language, an alias (compared as keys). */
    Optional<String> exact(String text);

    /** The code of the single close fuzzy match of the text, if any. */
    Optional<String> fuzzy(String text);

    /** The code of an "other" answer ({@code Other: ...}), where the list has one. */
    Optional<String> otherCode();

    /** A code's position in the codebook: answers list their codes in this order. */
    int rank(String code);

    /** The problem for a part of a cell that names nothing of the list. */
    Problem unknown(Item item, String part);
}
