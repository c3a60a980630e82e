package org.oas.cim.pipeline.layout;

import org.oas.cim.pipeline.codebook.Item;

/**
 * Where one item (or one choice of it), the submission id or the phase is found in a sheet.
 *
 * @param position   the 1-based column in a {@link Layout#WIDE} sheet, the 1-based row in a {@link Layout#FORM}
 * @param kind       {@link HeaderKind#ITEM}, {@link HeaderKind#CHOICE_COLUMN}, {@link HeaderKind#SUBMISSION_ID}
 *                   or {@link HeaderKind#PHASE}
 * @param item       the item (of the file's instrument) for ITEM and CHOICE_COLUMN, else null
 * @param choiceCode the choice of a CHOICE_COLUMN, else null
 */
public record Binding(int position, HeaderKind kind, Item item, String choiceCode) {
}
