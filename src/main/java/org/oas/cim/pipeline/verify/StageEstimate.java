package org.oas.cim.pipeline.verify;

/**
 * One stage's view of an estimate.
 *
 * @param n      known answers
 * @param median median of the point values, or null where n = 0
 */
public record StageEstimate(int n, Double median) {
}
