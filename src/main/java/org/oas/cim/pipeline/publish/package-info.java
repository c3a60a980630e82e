/**
 * Publication of a phase's findings: maps verification's findings to tables (labels in the output language,
 * disclosure control applied), writes them as CSV and as one XLSX workbook with a manifest, and moves the
 * phase's files into place together.
 */
package org.oas.cim.pipeline.publish;
