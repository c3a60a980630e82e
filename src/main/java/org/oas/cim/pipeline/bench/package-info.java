/** Benchmarks run as a command, never as timed tests: how fast ingest is, and that its memory stays flat. */
package org.oas.cim.pipeline.bench;
