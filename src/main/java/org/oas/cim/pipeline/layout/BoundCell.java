package org.oas.cim.pipeline.layout;

import org.oas.cim.pipeline.codebook.Item;
import org.oas.cim.pipeline.read.RawCell;

/**
 * One answer cell of a respondent, bound to its item.
 *
 * @param item       the item of the file's instrument
 * @param choiceCode for a per-choice column ({@code P3/prostitution}): the choice it marks; null for a cell
 *                   holding the whole answer
 * @param cell       the cell as read (its column is the 1-based column)
 * @param row        the 1-based row of the cell
 */
public record BoundCell(Item item, String choiceCode, RawCell cell, int row) {
}
