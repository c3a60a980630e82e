package org.oas.cim.pipeline.estimation;

import org.oas.cim.pipeline.stats.CaptureHistories;

/**
 * The capture histories of one country and year, as one sheet of a file gives them.
 *
 * @param file    the file's name
 * @param sheet   the sheet's name (a CSV file's is the file's name without its extension)
 * @param country the country as the file writes it, or empty when the file does not say
 * @param year    the year as the file writes it, or empty when the file does not say
 * @param table   the counts per pattern of lists
 */
public record CaptureHistoryGroup(String file, String sheet, String country, String year, CaptureHistories table) {
}
