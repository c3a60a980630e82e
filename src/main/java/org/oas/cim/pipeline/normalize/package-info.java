/**
 * Normalization: a raw cell becomes a value of its item's type (choices, countries, estimates as intervals,
 * counts, dates, text) by the rules of src/site/markdown/protocol/inputs.md ("Values"), with every word of that grammar
 * read from {@code jobs/reference/vocabulary.csv}; and the comparison key
 * ({@link org.oas.cim.pipeline.normalize.TextKey}) and fuzzy match that every other matcher in the pipeline shares.
 */
package org.oas.cim.pipeline.normalize;
