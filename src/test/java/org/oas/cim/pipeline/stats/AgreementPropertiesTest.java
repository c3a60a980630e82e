package org.oas.cim.pipeline.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.oas.cim.pipeline.stats.CohenKappa.Result;
import org.oas.cim.pipeline.stats.CohenKappa.Weights;
import org.oas.cim.pipeline.stats.KrippendorffAlpha.Metric;

/**
 * Invariants of alpha and kappa over generated data: agreement, symmetry, order independence. Each case
 * is generated from its seed, so a failure names the seed that reproduces it.
 */
class AgreementPropertiesTest {

    static LongStream seeds() {
        return LongStream.range(0, 100);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void alphaIsOneWhenCodersAgreeAndValuesVary(long seed) {
        Random random = new Random(seed);
        int[] truth = random.ints(2 + random.nextInt(9), 1, 6).toArray();
        truth[1] = truth[0] % 5 + 1; // two units that differ: the values vary
        double[][] data = new double[2 + random.nextInt(4)][truth.length];
        for (double[] row : data) {
            for (int unit = 0; unit < truth.length; unit++) {
                row[unit] = truth[unit];
            }
        }
        // Missing values anywhere but in the first two coders' first two units, which keep the variation pairable.
        for (int coder = 0; coder < data.length; coder++) {
            for (int unit = 0; unit < truth.length; unit++) {
                if ((coder >= 2 || unit >= 2) && random.nextInt(4) == 0) {
                    data[coder][unit] = Double.NaN;
                }
            }
        }

        for (Metric metric : Metric.values()) {
            assertThat(KrippendorffAlpha.alpha(data, metric).value()).as(metric.name()).isCloseTo(1.0, within(1e-12));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void alphaDoesNotDependOnTheOrderOfCodersOrUnits(long seed) {
        Random random = new Random(seed);
        double[][] data = coding(random);
        List<double[]> coders = new ArrayList<>(Arrays.asList(data));
        Collections.shuffle(coders, random);
        List<Integer> units = new ArrayList<>(IntStream.range(0, data[0].length).boxed().toList());
        Collections.shuffle(units, random);
        double[][] reordered = coders.stream()
                .map(row -> units.stream().mapToDouble(unit -> row[unit]).toArray())
                .toArray(double[][]::new);

        for (Metric metric : Metric.values()) {
            assertSameStatistic(KrippendorffAlpha.alpha(reordered, metric), KrippendorffAlpha.alpha(data, metric));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void alphaIsAtMostOneOrUndefinedWithAReason(long seed) {
        double[][] data = coding(new Random(seed));
        for (Metric metric : Metric.values()) {
            Statistic alpha = KrippendorffAlpha.alpha(data, metric);
            if (alpha.isDefined()) {
                assertThat(alpha.value()).isLessThanOrEqualTo(1.0 + 1e-12);
            } else {
                assertThat(alpha.undefinedReason()).isNotBlank();
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void unweightedKappaIsSymmetricUnderTransposingTheTable(long seed) {
        Random random = new Random(seed);
        int k = 1 + random.nextInt(4);
        long[][] table = new long[k][k];
        long[][] transposed = new long[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                table[i][j] = random.nextInt(21);
                transposed[j][i] = table[i][j];
            }
        }
        Result original = CohenKappa.fromTable(table, Weights.NONE);
        Result swapped = CohenKappa.fromTable(transposed, Weights.NONE);

        assertSameStatistic(swapped.kappa(), original.kappa());
        assertSameStatistic(swapped.standardError(), original.standardError());
        assertSameStatistic(swapped.expectedAgreement(), original.expectedAgreement());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void kappaDoesNotDependOnTheOrderOfItems(long seed) {
        Random random = new Random(seed);
        List<String> categories = List.of("a", "b", "c");
        List<String[]> pairs = new ArrayList<>();
        for (int i = random.nextInt(31); i > 0; i--) {
            pairs.add(new String[] {label(random, categories), label(random, categories)});
        }
        List<String[]> shuffled = new ArrayList<>(pairs);
        Collections.shuffle(shuffled, random);

        for (Weights weights : Weights.values()) {
            Result original = CohenKappa.fromLabels(side(pairs, 0), side(pairs, 1), categories, weights);
            Result reordered = CohenKappa.fromLabels(side(shuffled, 0), side(shuffled, 1), categories, weights);
            assertThat(reordered).isEqualTo(original);
        }
    }

    /** 1 to 6 coders over 1 to 10 units, values 1 to 4, a fifth of them missing. */
    private static double[][] coding(Random random) {
        double[][] data = new double[1 + random.nextInt(6)][1 + random.nextInt(10)];
        for (double[] row : data) {
            for (int unit = 0; unit < row.length; unit++) {
                int v = random.nextInt(5);
                row[unit] = v == 0 ? Double.NaN : v;
            }
        }
        return data;
    }

    /** A category, or null (missing) one time in four. */
    private static String label(Random random, List<String> categories) {
        int i = random.nextInt(categories.size() + 1);
        return i == categories.size() ? null : categories.get(i);
    }

    private static List<String> side(List<String[]> pairs, int rater) {
        return pairs.stream().map(pair -> pair[rater]).toList();
    }

    private static void assertSameStatistic(Statistic actual, Statistic expected) {
        assertThat(actual.undefinedReason()).isEqualTo(expected.undefinedReason());
        if (expected.isDefined()) {
            assertThat(actual.value()).isCloseTo(expected.value(), within(1e-9));
        }
    }
}
