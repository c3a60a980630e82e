package org.oas.cim.pipeline.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every coefficient and unscaled variance of the UK table's chosen model against R's
 * {@code glm(family = poisson)}, the standard log-linear fit. Skipped where R is not installed.
 */
class PoissonGlmAgainstRTest {
    private static final List<String> CHOSEN = List.of("PF:NCA", "LA:NG", "NG:GP", "LA:PF", "PF:GP", "GO:GP", "NG:GO");

    @TempDir
    Path folder;

    @Test
    void theUkChosenModelHasRsCoefficientsAndCovariance() throws Exception {
        assumeTrue(rscriptRuns(), "R is not installed");
        CaptureHistories uk = UkTable.table();
        List<ListPair> pairs = uk.pairs().stream().filter(pair -> CHOSEN.contains(pair.label(uk.lists()))).toList();
        LogLinearModel model = new LogLinearModel(uk, pairs);
        List<String> cells = new ArrayList<>(List.of(String.join(",", uk.lists()) + ",n"));
        for (int pattern = 1; pattern < 1 << uk.listCount(); pattern++) {
            StringBuilder row = new StringBuilder();
            for (int list = 0; list < uk.listCount(); list++) {
                row.append(CaptureHistories.isOn(pattern, list) ? "1," : "0,");
            }
            cells.add(row.append(uk.count(pattern)).toString());
        }
        Path data = Files.write(folder.resolve("uk.csv"), cells, StandardCharsets.UTF_8);
        // The model's interactions in the design's column order, so that the coefficients line up.
        String formula = "n ~ " + String.join(" + ", uk.lists()) + " + "
                + String.join(" + ", pairs.stream().map(pair -> pair.label(uk.lists())).toList());
        String script = "d <- read.csv('" + data + "'); f <- glm(" + formula + ", family = poisson, data = d, "
                + "control = glm.control(epsilon = 1e-14, maxit = 100)); "
                + "cat(sprintf('%.12e', c(coef(f), diag(summary(f)$cov.unscaled))), sep = '\\n')";
        List<Double> r = rscript(script);

        LogLinearFit fit = model.fit().orElseThrow();
        int parameters = fit.glm().coefficients().getDimension();
        assertThat(r).hasSize(2 * parameters);
        for (int k = 0; k < parameters; k++) {
            assertThat(fit.glm().coefficients().getEntry(k)).as("coefficient %d", k).isCloseTo(r.get(k), within(1e-7));
            assertThat(fit.glm().unscaledCovariance().getEntry(k, k)).as("variance %d", k)
                    .isCloseTo(r.get(parameters + k), within(1e-7));
        }
    }

    private static boolean rscriptRuns() {
        try {
            Process process = new ProcessBuilder("Rscript", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static List<Double> rscript(String script) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("Rscript", "-e", script).redirectErrorStream(false).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(err).isZero();
        return out.lines().map(Double::parseDouble).toList();
    }
}
