package org.oas.cim.pipeline.page;

import java.util.ArrayList;
import java.util.List;

/**
 * The value axis of a chart of estimates: from zero to a round top, linear, or logarithmic where the values span
 * two orders of magnitude or more (victims per year in one country, thousands in another). The logarithmic axis
 * places v at log(1 + v), so that a zero still has a place, at the left end.
 *
 * @param log   whether the axis is logarithmic
 * @param top   the value at the right end
 * @param left  where zero is drawn
 * @param right where {@code top} is drawn
 */
record Axis(boolean log, double top, double left, double right) {
    /** Largest over smallest positive value from which the axis turns logarithmic. */
    static final double LOG_SPAN = 100;

    static Axis of(List<Double> values, double left, double right) {
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double minPositive = values.stream().mapToDouble(Double::doubleValue).filter(v -> v > 0).min().orElse(0);
        if (minPositive > 0 && max / minPositive >= LOG_SPAN) {
            return new Axis(true, Math.pow(10, Math.ceil(Math.log10(max))), left, right);
        }
        double step = step(max);
        return new Axis(false, Math.max(step, Math.ceil(max / step) * step), left, right);
    }

    double x(double value) {
        double v = Math.max(0, Math.min(value, top));
        double share = log ? Math.log10(1 + v) / Math.log10(1 + top) : v / top;
        return left + share * (right - left);
    }

    /** Zero, then every power of ten (logarithmic), or every round step (linear), up to the top. */
    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>(List.of(0.0));
        if (log) {
            for (double t = 1; t <= top; t *= 10) {
                ticks.add(t);
            }
        } else {
            double step = step(top);
            for (int i = 1; i * step <= top + step / 1e6; i++) {
                ticks.add(i * step);
            }
        }
        return ticks;
    }

    /** A round step (1, 2 or 5 times a power of ten) that cuts {@code max} into about five parts. */
    private static double step(double max) {
        if (max <= 0) {
            return 1;
        }
        double rough = max / 5;
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double scaled = rough / power;
        double nice = scaled <= 1 ? 1 : scaled <= 2 ? 2 : scaled <= 5 ? 5 : 10;
        return Math.max(1, nice * power);
    }
}
