/**
 * Cross-verification: compares what the questionnaires (stage 1) and the interviews (stage 2) of one phase say,
 * country by country (and region by region) and item by item, and gives each finding a status and its evidence.
 * Pure logic over answers already loaded: it knows nothing of files or the database.
 */
package org.oas.cim.pipeline.verify;
