package org.oas.cim.pipeline.verify;

/**
 * The thresholds of cross-verification (src/site/markdown/protocol/verification.md, "Thresholds"), configuration with
 * the protocol's defaults.
 *
 * @param estimateTolerance two stage medians of an estimate agree when the larger is at most this factor times the smaller
 * @param ordinalStep       two stage medians of an ordinal indicator agree when at most this many categories apart
 * @param outlierK          an estimate is an outlier when |x - median| exceeds this many scaled MADs
 */
public record VerificationSettings(double estimateTolerance, int ordinalStep, double outlierK) {
    public VerificationSettings {
        if (!(estimateTolerance >= 1) || Double.isInfinite(estimateTolerance)) {
            throw new IllegalArgumentException("estimate tolerance must be a finite factor of at least 1, was " + estimateTolerance);
        }
        if (ordinalStep < 0) {
            throw new IllegalArgumentException("ordinal step must not be negative, was " + ordinalStep);
        }
        if (!(outlierK > 0) || Double.isInfinite(outlierK)) {
            throw new IllegalArgumentException("outlier k must be finite and positive, was " + outlierK);
        }
    }

    /** Factor 2, one step, k = 3. */
    public static VerificationSettings defaults() {
        return new VerificationSettings(2.0, 1, 3.0);
    }
}
