package org.oas.cim.pipeline.stats;

/** The normal quantile the estimates' 95 % intervals use. */
final class Normal {
    /** The standard normal's 97.5 % quantile, as R's {@code qnorm(0.975)} gives it (estimation.md rounds it to 1.959964). */
    static final double Z_975 = 1.959963984540054;

    private Normal() {
    }
}
