/**
 * The main job: after ingest, each phase's current answers are cross-verified and published as findings
 * tables (database, CSV, XLSX), with the evidence behind every row kept apart.
 */
package org.oas.cim.pipeline.analysis;
