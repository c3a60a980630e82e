/**
 * What researchers read about their files: one report model (verdict, counts, issues) rendered as CSV, as a
 * self-contained HTML page and as terminal text, in the file's language; written beside each file in archive/ or
 * rejected/ by ingest, and by {@code validate} before a file is sent.
 */
package org.oas.cim.pipeline.report;
