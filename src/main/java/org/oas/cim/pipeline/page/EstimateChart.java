package org.oas.cim.pipeline.page;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.stream.Stream;

/**
 * One estimate item (P6, L3, L4) across countries: per country (or region) the range of the answers (smallest low
 * to largest high; an arrow where some answer is open-ended), the middle half from q1 to q3 shaded by status, the
 * median, and each stage's median, on one axis shared by the rows.
 */
final class EstimateChart {
    private static final double ROW = 38;
    private static final double LEGEND_ROW = 22;
    private static final double AXIS = 44;
    private static final double RIGHT_TEXT = 130;
    private static final double BOX = 14;
    private static final String[] VALUES = {"min_low", "q1", "median", "q3", "max_high", "stage1_median", "stage2_median"};

    private final PageText text;

    EstimateChart(PageText text) {
        this.text = text;
    }

    /** Draws the rows of one item; {@code rows} are that item's rows of the {@code estimates} table. */
    void draw(Markup svg, String id, String itemLabel, List<Row> rows, List<ChartScope> scopes) {
        double left = Chart.labelWidth(scopes.stream().map(ChartScope::label).toList(), 90, 220);
        double right = Chart.WIDTH - RIGHT_TEXT;
        Axis axis = Axis.of(rows.stream().flatMap(EstimateChart::values).toList(), left, right);
        List<Legend.Entry> legend = legend(id, rows);
        double top = Legend.height(legend, LEGEND_ROW) + 6;
        double bottom = top + scopes.size() * ROW;

        Chart.open(svg, id, bottom + AXIS, text.text("estimates.chart.title", itemLabel), description(itemLabel, axis, rows, scopes));
        Legend.draw(svg, legend, 0, LEGEND_ROW);
        drawAxis(svg, axis, top, bottom);
        for (int i = 0; i < scopes.size(); i++) {
            ChartScope scope = scopes.get(i);
            double y = top + i * ROW + ROW / 2;
            svg.element("text", Chart.fit(scope.label(), left - 10, Chart.FONT), "class", "row-label", "x", left - 8, "y", y + 4, "text-anchor", "end");
            rows.stream().filter(scope::holds).forEach(row -> estimate(svg, id, scope, row, axis, y));
        }
        Chart.close(svg);
    }

    private void estimate(Markup svg, String id, ChartScope scope, Row row, Axis axis, double y) {
        Shade shade = Shade.of(row);
        Object[] values = new Object[VALUES.length * 2];
        for (int i = 0; i < VALUES.length; i++) {
            values[2 * i] = "data-" + VALUES[i].replace('_', '-');
            values[2 * i + 1] = row.get(VALUES[i]);
        }
        Object[] identity = Chart.attributes(scope.attributes(), "class", "estimate", "data-mark", "estimate", "data-indicator", row.indicator(),
                "data-status", shade.code(), "data-n", row.integer("n"), "data-open-ended", row.get("open_ended"),
                "data-suppressed", row.withheldList());
        svg.open("g", Chart.attributes(identity, values)).element("title", title(scope, row, shade));
        if (row.withheld("median")) {
            svg.empty("rect", "data-part", "suppressed", "x", axis.left(), "y", y - BOX / 2, "width", axis.right() - axis.left(),
                    "height", BOX, "fill", Shade.SUPPRESSED.fill(id), "stroke", "#555", "stroke-width", 0.8);
            svg.element("text", text.text("suppressed.name"), "class", "note", "x", axis.right() + 24, "y", y + 4);
        } else if (row.decimal("median") == null) {
            svg.element("text", text.text("estimates.no_data"), "data-part", "no-data", "class", "note", "x", axis.left() + 4, "y", y + 4);
        } else {
            range(svg, row, axis, y);
            box(svg, id, row, shade, axis, y);
            svg.element("text", text.number(row.decimal("median")) + "  (n = " + count(row) + ")",
                    "class", "value", "x", axis.right() + 24, "y", y + 4);
        }
        svg.close("g");
    }

    private void range(Markup svg, Row row, Axis axis, double y) {
        Double low = value(row, "min_low");
        if (low == null) {
            return;
        }
        double from = axis.x(low);
        svg.empty("line", "x1", from, "x2", from, "y1", y - 6, "y2", y + 6, "class", "whisker");
        if (row.flag("open_ended")) {
            // The answers' largest value is unbounded: the line leaves the middle half dashed and ends in an arrow.
            double known = axis.x(Stream.of(value(row, "q3"), value(row, "median"), low).filter(Objects::nonNull).findFirst().orElse(low));
            svg.empty("line", "data-part", "range", "x1", from, "x2", known, "y1", y, "y2", y, "class", "whisker");
            svg.empty("line", "data-part", "open-end", "x1", known, "x2", axis.right() + 8, "y1", y, "y2", y, "class", "whisker open");
            svg.empty("polygon", "data-part", "arrow", "points", points(axis.right() + 16, y, axis.right() + 7, y - 5, axis.right() + 7, y + 5), "fill", "#222");
            return;
        }
        Double high = value(row, "max_high");
        if (high != null) {
            double to = axis.x(high);
            svg.empty("line", "data-part", "range", "x1", from, "x2", to, "y1", y, "y2", y, "class", "whisker");
            svg.empty("line", "x1", to, "x2", to, "y1", y - 6, "y2", y + 6, "class", "whisker");
        }
    }

    private void box(Markup svg, String id, Row row, Shade shade, Axis axis, double y) {
        Double q1 = value(row, "q1");
        Double q3 = value(row, "q3");
        if (q1 != null && q3 != null) {
            double from = axis.x(q1);
            svg.empty("rect", "data-part", "box", "x", from, "y", y - BOX / 2, "width", Math.max(2, axis.x(q3) - from), "height", BOX,
                    "fill", shade.fill(id), "stroke", "#222", "stroke-width", 0.8);
        }
        double median = axis.x(value(row, "median"));
        svg.empty("line", "data-part", "median", "x1", median, "x2", median, "y1", y - BOX / 2 - 3, "y2", y + BOX / 2 + 3, "class", "median");
        Double stage1 = value(row, "stage1_median");
        if (stage1 != null) {
            double x = axis.x(stage1);
            svg.empty("polygon", "data-part", "stage1-median", "points", points(x - 5, y - 17, x + 5, y - 17, x, y - 10), "class", "stage1");
        }
        Double stage2 = value(row, "stage2_median");
        if (stage2 != null) {
            double x = axis.x(stage2);
            svg.empty("polygon", "data-part", "stage2-median", "points", points(x - 5, y + 17, x + 5, y + 17, x, y + 10), "class", "stage2");
        }
    }

    private void drawAxis(Markup svg, Axis axis, double top, double bottom) {
        svg.open("g", "class", "axis");
        for (double tick : axis.ticks()) {
            double x = axis.x(tick);
            svg.empty("line", "x1", x, "x2", x, "y1", top, "y2", bottom, "class", "grid")
                    .empty("line", "x1", x, "x2", x, "y1", bottom, "y2", bottom + 5, "class", "tick")
                    .element("text", text.number(BigDecimal.valueOf(tick)), "x", x, "y", bottom + 17, "text-anchor", "middle");
        }
        svg.empty("line", "x1", axis.left(), "x2", axis.right(), "y1", bottom, "y2", bottom, "class", "tick")
                .element("text", text.text(axis.log() ? "estimates.axis.log" : "estimates.axis.linear"), "class", "axis-caption",
                        "x", (axis.left() + axis.right()) / 2, "y", bottom + 36, "text-anchor", "middle")
                .close("g");
    }

    /** What each glyph of a row stands for, then the statuses that shade the boxes. */
    private List<Legend.Entry> legend(String id, List<Row> rows) {
        List<Legend.Entry> entries = new ArrayList<>(List.of(
                new Legend.Entry((svg, x, y) -> svg.empty("line", "x1", x, "x2", x + 22, "y1", y, "y2", y, "class", "whisker"),
                        22, text.text("estimates.legend.range")),
                new Legend.Entry((svg, x, y) -> svg.empty("rect", "x", x, "y", y - 6, "width", 18, "height", 12, "fill", "#FFF",
                        "stroke", "#222", "stroke-width", 0.8), 18, text.text("estimates.legend.box")),
                new Legend.Entry((svg, x, y) -> svg.empty("line", "x1", x + 2, "x2", x + 2, "y1", y - 8, "y2", y + 8, "class", "median"),
                        4, text.text("estimates.legend.median")),
                new Legend.Entry((svg, x, y) -> svg.empty("polygon", "points", points(x, y - 4, x + 10, y - 4, x + 5, y + 3), "class", "stage1"),
                        10, text.text("estimates.legend.stage1")),
                new Legend.Entry((svg, x, y) -> svg.empty("polygon", "points", points(x, y + 4, x + 10, y + 4, x + 5, y - 3), "class", "stage2"),
                        10, text.text("estimates.legend.stage2")),
                new Legend.Entry((svg, x, y) -> svg.empty("line", "x1", x, "x2", x + 14, "y1", y, "y2", y, "class", "whisker open")
                        .empty("polygon", "points", points(x + 22, y, x + 13, y - 5, x + 13, y + 5), "fill", "#222"),
                        22, text.text("estimates.legend.open"))));
        entries.addAll(Legend.statuses(id, rows.stream().map(Shade::of).distinct().sorted().toList(), text));
        return entries;
    }

    private String title(ChartScope scope, Row row, Shade shade) {
        StringJoiner title = new StringJoiner("; ", scope.label() + ": ", "");
        if (row.withheld("median")) {
            title.add(text.text("suppressed.name"));
        } else if (row.decimal("median") == null) {
            title.add(text.text("estimates.no_data"));
        } else {
            title.add(text.text("estimates.title.median", text.number(row.decimal("median")), count(row)));
            if (row.decimal("q1") != null && row.decimal("q3") != null) {
                title.add(text.text("estimates.title.quartiles", text.number(row.decimal("q1")), text.number(row.decimal("q3"))));
            }
            if (row.integer("min_low") != null) {
                title.add(row.flag("open_ended")
                        ? text.text("estimates.title.range_open", text.number(row.integer("min_low")))
                        : text.text("estimates.title.range", text.number(row.integer("min_low")), text.number(row.integer("max_high"))));
            }
            title.add(text.text("estimates.title.stages", stageMedian(row, "stage1_median"), stageMedian(row, "stage2_median")));
        }
        if (!(row.withheld("median") && shade == Shade.SUPPRESSED)) {
            title.add(text.statusName(shade));
        }
        return title.toString();
    }

    /** The number of known answers, which disclosure control withholds beside a sensitive item's median. */
    private String count(Row row) {
        if (row.withheld("n")) {
            return text.text("suppressed.name");
        }
        return row.integer("n") == null ? "\u2014" : text.number(row.integer("n"));
    }

    private String stageMedian(Row row, String column) {
        if (row.withheld(column)) {
            return text.text("suppressed.name");
        }
        BigDecimal median = row.decimal(column);
        return median == null ? "\u2014" : text.number(median);
    }

    private String description(String itemLabel, Axis axis, List<Row> rows, List<ChartScope> scopes) {
        StringJoiner description = new StringJoiner(" ");
        description.add(text.text("estimates.chart.description", itemLabel));
        if (axis.log()) {
            description.add(text.text("estimates.axis.log") + ".");
        }
        for (ChartScope scope : scopes) {
            rows.stream().filter(scope::holds).forEach(row -> description.add(title(scope, row, Shade.of(row)) + "."));
        }
        return description.toString();
    }

    /** The values a row places on the axis; withheld and empty cells place none. */
    private static Stream<Double> values(Row row) {
        return Stream.of(VALUES).map(column -> value(row, column)).filter(Objects::nonNull);
    }

    private static Double value(Row row, String column) {
        return row.withheld(column) || !(row.get(column) instanceof Number number) ? null : number.doubleValue();
    }

    private static String points(double... xy) {
        StringJoiner points = new StringJoiner(" ");
        for (int i = 0; i < xy.length; i += 2) {
            points.add(Markup.number(xy[i]) + "," + Markup.number(xy[i + 1]));
        }
        return points.toString();
    }
}
