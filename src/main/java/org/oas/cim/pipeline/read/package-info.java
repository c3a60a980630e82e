/**
 * Spreadsheet readers: bytes of an xlsx, xls or delimited-text file in, rows of raw cells out, streamed one
 * row at a time. Nothing here knows the codebook, the database or what a cell means; files that cannot be
 * read at all are rejected with an {@link org.oas.cim.pipeline.read.UnreadableFileException}.
 */
package org.oas.cim.pipeline.read;
