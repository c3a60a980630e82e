/**
 * From a spreadsheet's raw rows to respondent records: finds each sheet's layout (a wide header, perhaps below
 * title rows or over a second header row, or a question-and-answer form), binds its columns to codebook items,
 * tells the instrument, and streams one record per respondent. It knows nothing of the database, and leaves
 * country, phase and value normalization to the ingest.
 */
package org.oas.cim.pipeline.layout;
