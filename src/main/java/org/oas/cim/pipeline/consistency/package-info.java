/**
 * Consistency edits as codebook data: the codebooks' {@code relevant} and {@code constraint} rules evaluated on
 * each record's normalized answers at ingest, a broken rule being a {@code constraint-error} warning on its cell.
 */
package org.oas.cim.pipeline.consistency;
