/** Case records in the CTDC format: read at ingest, stored one row per case, triangulated with the surveys per phase. */
package org.oas.cim.pipeline.cases;
