package org.oas.cim.pipeline.ingest;

import org.oas.cim.pipeline.normalize.Value;

/** One normalized answer with the cell it came from. */
record AnswerRow(String itemCode, Value value, String sheet, String cellRef) {
}
