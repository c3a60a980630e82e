package org.oas.cim.pipeline.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * A log-linear model of a capture-history table: log μ = β0 + Σ main effects + Σ chosen two-list
 * interactions, over the 2^t − 1 observable cells (zero counts included). An interaction of two lists that
 * share no one is fitted as minus infinity, as Chan, Silverman and Vincent (2019) do: the cells where both
 * lists are 1 leave the fit, and the interaction gets no column.
 */
public final class LogLinearModel {
    private final CaptureHistories table;
    private final List<ListPair> interactions;
    private final List<ListPair> fittedInteractions;
    private final int[] cells;

    public LogLinearModel(CaptureHistories table, List<ListPair> interactions) {
        this.table = table;
        this.interactions = List.copyOf(interactions);
        List<ListPair> fitted = new ArrayList<>();
        List<ListPair> atMinusInfinity = new ArrayList<>();
        for (ListPair pair : this.interactions) {
            if (pair.second() >= table.listCount()) {
                throw new IllegalArgumentException("no list " + (pair.second() + 1) + " in a table of " + table.listCount());
            }
            (table.overlap(pair) > 0 ? fitted : atMinusInfinity).add(pair);
        }
        this.fittedInteractions = List.copyOf(fitted);
        this.cells = IntStream.range(1, 1 << table.listCount())
                .filter(pattern -> atMinusInfinity.stream().noneMatch(pair -> pair.bothOn(pattern)))
                .toArray();
    }

    /** The independence model: main effects only. */
    public static LogLinearModel independence(CaptureHistories table) {
        return new LogLinearModel(table, List.of());
    }

    /** This model with one more interaction. */
    public LogLinearModel with(ListPair pair) {
        List<ListPair> more = new ArrayList<>(interactions);
        more.add(pair);
        return new LogLinearModel(table, more);
    }

    public CaptureHistories table() {
        return table;
    }

    /** The interactions, in the order they were added. */
    public List<ListPair> interactions() {
        return interactions;
    }

    /** The capture histories the fit sees, as the rows of {@link #design()} are. */
    int[] cells() {
        return cells.clone();
    }

    /** One row per cell: 1 (the intercept), the cell's 0/1 per list, then 1 where both lists of a fitted interaction are. */
    public RealMatrix design() {
        int t = table.listCount();
        RealMatrix design = new Array2DRowRealMatrix(cells.length, 1 + t + fittedInteractions.size());
        for (int row = 0; row < cells.length; row++) {
            int pattern = cells[row];
            design.setEntry(row, 0, 1);
            for (int list = 0; list < t; list++) {
                design.setEntry(row, 1 + list, CaptureHistories.isOn(pattern, list) ? 1 : 0);
            }
            for (int k = 0; k < fittedInteractions.size(); k++) {
                design.setEntry(row, 1 + t + k, fittedInteractions.get(k).bothOn(pattern) ? 1 : 0);
            }
        }
        return design;
    }

    /** The observed count of each cell, in the rows' order. */
    public RealVector counts() {
        RealVector counts = new ArrayRealVector(cells.length);
        for (int row = 0; row < cells.length; row++) {
            counts.setEntry(row, table.count(cells[row]));
        }
        return counts;
    }

    /** The maximum likelihood fit, or empty when the Poisson fit fails (see {@link PoissonGlm#fit}). */
    public Optional<LogLinearFit> fit() {
        return PoissonGlm.fit(design(), counts()).map(glm -> new LogLinearFit(this, glm));
    }
}
