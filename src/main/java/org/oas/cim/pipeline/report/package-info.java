/**
 * What researchers read about their files: a report beside each file in archive/ or rejected/, in the file's
 * language, verdict and counts first, then every issue with its sheet, cell and what to do.
 */
package org.oas.cim.pipeline.report;
