/**
 * The ingest job: claims the inbox's settled files, turns every record into a pseudonymized respondent with
 * normalized, traceable answers (or clear issues), and places each file in archive/ or rejected/ untouched.
 */
package org.oas.cim.pipeline.ingest;
