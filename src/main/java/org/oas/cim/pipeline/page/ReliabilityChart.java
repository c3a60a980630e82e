package org.oas.cim.pipeline.page;

import java.math.BigDecimal;
import java.util.List;
import java.util.StringJoiner;

/**
 * Agreement between sources per country: Krippendorff's alpha over the nominal and over the ordinal items, and
 * Cohen's kappa between the stages, each on its own line of the country's row, on one axis from -1 to 1. Each
 * statistic has its own marker shape, so that print in black and white keeps them apart. An undefined statistic
 * is written as a dash, never drawn at zero; the reason is in the note under the chart.
 */
final class ReliabilityChart {
    static final String ID = "chart-reliability";
    static final List<String> STATISTICS = List.of("alpha_nominal", "alpha_ordinal", "kappa_stages");
    private static final double ROW = 58;
    private static final double LINE = 15;
    private static final double LEGEND_ROW = 22;
    private static final double AXIS = 44;
    private static final double RIGHT_TEXT = 90;

    private final PageText text;

    ReliabilityChart(PageText text) {
        this.text = text;
    }

    void draw(Markup svg, List<Row> rows, List<ChartScope> scopes) {
        double left = Chart.labelWidth(scopes.stream().map(s -> label(s, rows)).toList(), 90, 240);
        double right = Chart.WIDTH - RIGHT_TEXT;
        List<Legend.Entry> legend = legend();
        double top = Legend.height(legend, LEGEND_ROW) + 6;
        double bottom = top + scopes.size() * ROW;
        Chart.open(svg, ID, bottom + AXIS, text.text("reliability.chart.title"), description(rows, scopes));
        Legend.draw(svg, legend, 0, LEGEND_ROW);
        axis(svg, left, right, top, bottom);
        for (int i = 0; i < scopes.size(); i++) {
            ChartScope scope = scopes.get(i);
            double y = top + i * ROW + ROW / 2;
            svg.element("text", Chart.fit(label(scope, rows), left - 10, Chart.FONT), "class", "row-label", "x", left - 8, "y", y + 4, "text-anchor", "end");
            rows.stream().filter(scope::holds).forEach(row -> {
                for (int s = 0; s < STATISTICS.size(); s++) {
                    statistic(svg, scope, row, s, left, right, y + (s - 1) * LINE);
                }
            });
        }
        Chart.close(svg);
    }

    private void statistic(Markup svg, ChartScope scope, Row row, int index, double left, double right, double y) {
        String statistic = STATISTICS.get(index);
        BigDecimal value = row.decimal(statistic);
        String name = text.text("reliability." + statistic);
        String title = scope.label() + ", " + name + ": " + (value == null ? text.text("reliability.undefined") + note(row) : text.signed(value));
        Object[] identity = {"data-mark", "reliability", "data-country", scope.country(), "data-statistic", statistic};
        if (value == null) {
            svg.open("text", Chart.attributes(identity, "data-undefined", "true", "class", "note", "x", left + 4, "y", y + 4))
                    .text("\u2014 " + text.text("reliability.undefined")).element("title", title).close("text");
        } else {
            double x = position(value.doubleValue(), left, right);
            svg.open("g", Chart.attributes(identity, "data-value", value));
            marker(svg, index, x, y);
            svg.element("title", title).close("g");
        }
        svg.element("text", value == null ? "\u2014" : text.signed(value), "class", "value", "x", Chart.WIDTH - 8, "y", y + 4, "text-anchor", "end");
    }

    /** A circle, a square or a triangle: one shape per statistic, told apart without colour. */
    private static void marker(Markup svg, int index, double x, double y) {
        switch (index) {
            case 0 -> svg.empty("circle", "cx", x, "cy", y, "r", 5, "class", "stat-0");
            case 1 -> svg.empty("rect", "x", x - 4.5, "y", y - 4.5, "width", 9, "height", 9, "class", "stat-1");
            default -> svg.empty("polygon", "points", Markup.number(x) + "," + Markup.number(y - 6) + " " + Markup.number(x + 6) + ","
                    + Markup.number(y + 4.5) + " " + Markup.number(x - 6) + "," + Markup.number(y + 4.5), "class", "stat-2");
        }
    }

    private List<Legend.Entry> legend() {
        return STATISTICS.stream().map(statistic -> new Legend.Entry((svg, x, y) -> marker(svg, STATISTICS.indexOf(statistic), x + 6, y),
                12, text.text("reliability." + statistic))).toList();
    }

    private void axis(Markup svg, double left, double right, double top, double bottom) {
        svg.open("g", "class", "axis");
        for (double tick = -1; tick <= 1; tick += 0.5) {
            double x = position(tick, left, right);
            svg.empty("line", "x1", x, "x2", x, "y1", top, "y2", bottom, "class", tick == 0 ? "grid zero" : "grid")
                    .element("text", text.number(BigDecimal.valueOf(tick)).replace('-', '\u2212'), "x", x, "y", bottom + 17, "text-anchor", "middle");
        }
        svg.empty("line", "x1", left, "x2", right, "y1", bottom, "y2", bottom, "class", "tick")
                .element("text", text.text("reliability.axis"), "class", "axis-caption", "x", (left + right) / 2, "y", bottom + 36, "text-anchor", "middle")
                .close("g");
    }

    /** Where a value goes between -1 (left) and 1 (right); a value outside is held at the edge (its number is printed). */
    private static double position(double value, double left, double right) {
        double clamped = Math.max(-1, Math.min(1, value));
        return left + (clamped + 1) / 2 * (right - left);
    }

    private String label(ChartScope scope, List<Row> rows) {
        Long respondents = rows.stream().filter(scope::holds).map(r -> r.integer("respondents")).findFirst().orElse(null);
        return respondents == null ? scope.label() : text.text("reliability.row", scope.label(), text.number(respondents));
    }

    private static String note(Row row) {
        return row.text("note") == null ? "" : " (" + row.text("note") + ")";
    }

    private String description(List<Row> rows, List<ChartScope> scopes) {
        StringJoiner description = new StringJoiner(" ");
        description.add(text.text("reliability.chart.description"));
        for (ChartScope scope : scopes) {
            rows.stream().filter(scope::holds).forEach(row -> {
                StringJoiner line = new StringJoiner(", ", label(scope, rows) + ": ", ".");
                for (String statistic : STATISTICS) {
                    BigDecimal value = row.decimal(statistic);
                    line.add(text.text("reliability." + statistic) + " " + (value == null ? text.text("reliability.undefined") : text.signed(value)));
                }
                description.add(line.toString());
            });
        }
        return description.toString();
    }
}
