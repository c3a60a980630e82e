package org.oas.cim.pipeline.layout;

/** One header (or form question) cell and what it means: the 1-based row and column it stands at. */
record HeaderCell(int row, int column, String text, HeaderMatch match) {
}
