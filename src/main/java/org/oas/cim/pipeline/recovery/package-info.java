/** Crash safety: deterministic crash points for drills and tests, and the repairs a start makes after a crash. */
package org.oas.cim.pipeline.recovery;
