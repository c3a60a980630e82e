/** The command line operators and researchers use: {@code run}, {@code ingest} and the commands around them. */
package org.oas.cim.pipeline.cli;
