package org.oas.cim.pipeline.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Statuses per country: a bar per country (or region) made of one block per row of the {@code indicators}
 * table, blocks grouped by status, so that the bar's parts are counts and each block still names its question.
 */
final class StatusChart {
    static final String ID = "chart-statuses";
    private static final double ROW = 28;
    private static final double BAR = 20;
    private static final double LEGEND_ROW = 22;
    private static final double MAX_BLOCK = 46;

    private final PageText text;

    StatusChart(PageText text) {
        this.text = text;
    }

    void draw(Markup svg, List<Row> indicators, List<ChartScope> scopes) {
        List<Shade> shown = indicators.stream().map(Shade::of).distinct().sorted().toList();
        List<List<Row>> bars = scopes.stream().map(scope -> bar(scope, indicators)).toList();
        double left = Chart.labelWidth(scopes.stream().map(ChartScope::label).toList(), 90, 240);
        int longest = bars.stream().mapToInt(List::size).max().orElse(1);
        double block = Math.min(MAX_BLOCK, (Chart.WIDTH - left - 10) / longest);
        List<Legend.Entry> legend = Legend.statuses(ID, shown, text);
        double legendHeight = Legend.height(legend, LEGEND_ROW);
        double top = legendHeight + 8;
        double height = top + scopes.size() * ROW + 6;

        Chart.open(svg, ID, height, text.text("statuses.chart.title"), description(scopes, bars));
        Legend.draw(svg, legend, 0, LEGEND_ROW);
        for (int i = 0; i < scopes.size(); i++) {
            double y = top + i * ROW;
            ChartScope scope = scopes.get(i);
            svg.element("text", Chart.fit(scope.label(), left - 10, Chart.FONT), "class", "row-label", "x", left - 8,
                    "y", y + BAR / 2 + 4, "text-anchor", "end");
            double x = left;
            for (Row row : bars.get(i)) {
                block(svg, scope, row, x, y, block);
                x += block;
            }
        }
        Chart.close(svg);
    }

    /** A scope's rows, grouped by status in the legend's order, in table order within a status. */
    private static List<Row> bar(ChartScope scope, List<Row> indicators) {
        List<Row> rows = new ArrayList<>(indicators.stream().filter(scope::holds).toList());
        rows.sort(Comparator.comparing(Shade::of));
        return rows;
    }

    private void block(Markup svg, ChartScope scope, Row row, double x, double y, double width) {
        Shade shade = Shade.of(row);
        svg.open("g", "class", "block")
                .open("rect", Chart.attributes(scope.attributes(), "data-mark", "status", "data-indicator", row.indicator(),
                        "data-status", shade.code(), "data-suppressed", row.withheldList(),
                        "x", x, "y", y, "width", width, "height", BAR, "fill", shade.fill(ID), "stroke", "#FFF", "stroke-width", 1.5))
                .element("title", blockTitle(scope, row, shade))
                .close("rect");
        if (width >= 26) {
            svg.element("text", row.indicator(), "class", shade.dark() ? "block-code halo-dark" : "block-code halo",
                    "x", x + width / 2, "y", y + BAR / 2 + 4, "text-anchor", "middle");
        }
        svg.close("g");
    }

    private String blockTitle(ChartScope scope, Row row, Shade shade) {
        String value = row.withheld("value_label") || row.text("value_label") == null ? "" : ": " + row.text("value_label");
        return scope.label() + " \u00b7 " + row.indicator() + " " + row.text("label") + value + " \u2014 " + text.statusName(shade);
    }

    private String description(List<ChartScope> scopes, List<List<Row>> bars) {
        StringJoiner description = new StringJoiner(" ");
        description.add(text.text("statuses.chart.description"));
        for (int i = 0; i < scopes.size(); i++) {
            Map<Shade, Integer> counts = new EnumMap<>(Shade.class);
            bars.get(i).forEach(row -> counts.merge(Shade.of(row), 1, Integer::sum));
            StringJoiner parts = new StringJoiner(", ", scopes.get(i).label() + ": ", ".");
            counts.forEach((shade, count) -> parts.add(count + " " + text.statusName(shade)));
            description.add(parts.toString());
        }
        return description.toString();
    }
}
