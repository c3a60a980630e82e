/**
 * Pure agreement and robust-summary statistics (Krippendorff's alpha, Cohen's and Fleiss' kappa, R-7
 * quantiles, MAD) and multiple systems estimation (Chapman; stepwise log-linear models), each checked against
 * published examples; an undefined result is a value with a reason,
 * never NaN, infinity or an exception. Depends on nothing of ours, only the JDK and Commons Math.
 */
package org.oas.cim.pipeline.stats;
