/**
 * The workbook researchers fill before they send a file: instructions in their language, a data sheet whose
 * headers ingest matches exactly, drop-down lists from the codebook, and whole-number and date validation.
 */
package org.oas.cim.pipeline.template;
