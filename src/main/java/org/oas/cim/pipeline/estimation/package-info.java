/**
 * Multiple systems estimation on researchers' files: capture-history tables read and checked, and the
 * {@code estimate} command that prints the {@link org.oas.cim.pipeline.stats} estimates without storing anything.
 */
package org.oas.cim.pipeline.estimation;
