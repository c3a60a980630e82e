package org.oas.cim.pipeline.page;

import java.util.ArrayList;
import java.util.List;

/**
 * One country's population estimates (estimation.md), a row per year: a bar for the people the lists saw, a dot for
 * the estimate of how many there are, seen and unseen, and a line for its 95 % interval; a year without an estimate
 * shows its bar and the note saying why.
 */
final class PopulationChart {
    private static final double ROW = 34;
    private static final double TOP = 8;
    private static final double AXIS = 28;
    private static final double LABEL = 70;
    private static final double NUMBERS = 320;

    private final PageText text;

    PopulationChart(PageText text) {
        this.text = text;
    }

    void draw(Markup svg, String id, String country, List<Row> rows) {
        double height = TOP + rows.size() * ROW + AXIS;
        Chart.open(svg, id, height, text.text("population.chart.title", country), text.text("population.chart.description", country));
        List<Double> values = new ArrayList<>();
        for (Row row : rows) {
            values.add(number(row.integer("observed")));
            values.add(number(row.integer("ci95_high")));
        }
        Axis axis = Axis.of(values, LABEL, Chart.WIDTH - NUMBERS);
        double base = TOP + rows.size() * ROW;
        for (double tick : axis.ticks()) {
            double x = axis.x(tick);
            svg.empty("line", "x1", x, "x2", x, "y1", TOP, "y2", base, "stroke", "#ddd");
            svg.element("text", Markup.number(tick), "x", x, "y", base + 16, "text-anchor", "middle", "font-size", Chart.FONT - 2);
        }
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            double y = TOP + i * ROW;
            double middle = y + ROW / 2;
            String year = row.text("year") == null ? "\u2014" : row.text("year");
            svg.element("text", year, "x", LABEL - 8, "y", middle + 4, "text-anchor", "end", "font-size", Chart.FONT);
            double observed = axis.x(number(row.integer("observed")));
            svg.open("rect", "x", LABEL, "y", middle - 8, "width", Math.max(1, observed - LABEL), "height", 16, "fill", "#bbb")
                    .element("title", text.text("population.observed", row.integer("observed"))).close("rect");
            String numbers;
            if (row.integer("estimate") == null) {
                numbers = text.text("population.observed", row.integer("observed")) + " \u00b7 " + row.text("note");
            } else {
                double low = axis.x(row.integer("ci95_low"));
                double high = axis.x(row.integer("ci95_high"));
                double estimate = axis.x(row.integer("estimate"));
                svg.empty("line", "x1", low, "x2", high, "y1", middle, "y2", middle, "stroke", "#222", "stroke-width", 2);
                svg.empty("line", "x1", low, "x2", low, "y1", middle - 6, "y2", middle + 6, "stroke", "#222", "stroke-width", 2);
                svg.empty("line", "x1", high, "x2", high, "y1", middle - 6, "y2", middle + 6, "stroke", "#222", "stroke-width", 2);
                svg.empty("circle", "cx", estimate, "cy", middle, "r", 5, "fill", "#c0392b");
                numbers = text.text("population.numbers", row.integer("observed"), row.integer("estimate"),
                        row.integer("ci95_low"), row.integer("ci95_high"));
            }
            svg.open("text", "x", Chart.WIDTH - NUMBERS + 8, "y", middle + 4, "font-size", Chart.FONT)
                    .element("title", numbers).text(Chart.fit(numbers, NUMBERS - 8, Chart.FONT)).close("text");
        }
        Chart.close(svg);
    }

    private static double number(Long value) {
        return value == null ? 0 : value;
    }
}
