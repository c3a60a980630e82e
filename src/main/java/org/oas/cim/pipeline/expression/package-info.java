/**
 * The grammar of the codebooks' {@code relevant} and {@code constraint} columns (XLSForm's expression syntax):
 * a parser of its own into a small syntax tree, with no dependency on the rest of the pipeline.
 */
package org.oas.cim.pipeline.expression;
