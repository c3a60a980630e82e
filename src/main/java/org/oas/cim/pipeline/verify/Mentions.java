package org.oas.cim.pipeline.verify;

/**
 * How one stage names one option of a multi-select item.
 *
 * @param mentions respondents naming the option
 * @param n        respondents who gave a known answer to the item
 */
public record Mentions(int mentions, int n) {
}
