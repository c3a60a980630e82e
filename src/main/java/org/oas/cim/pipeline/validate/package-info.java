/**
 * The {@code validate} dry run: every check of ingest on a researcher's files, before they are sent, storing
 * nothing; its findings are {@link org.oas.cim.pipeline.report.FileReport}s like those ingest writes.
 */
package org.oas.cim.pipeline.validate;
