package org.oas.cim.pipeline.page;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * One multi-select item as a heat map: a line per option named, a column per country (or region), each cell
 * shaded by the share of the country's respondents (both stages) who name the option, with the share printed and
 * the option's status in the cell's corner. A blank cell is an option nobody in that country named.
 */
final class OptionHeatMap {
    private static final double CELL_HEIGHT = 24;
    private static final double LEGEND_ROW = 22;
    private static final String[] BINS = {"#EFF3FF", "#BDD7E7", "#6BAED6", "#3182BD", "#08519C"};
    private static final String[] COUNTS = {"stage1_mentions", "stage1_n", "stage2_mentions", "stage2_n"};

    private final PageText text;

    OptionHeatMap(PageText text) {
        this.text = text;
    }

    /** Draws one item; {@code rows} are its rows of the {@code options} table, {@code options} their codes in order. */
    void draw(Markup svg, String id, String itemLabel, List<Row> rows, List<String> options, List<ChartScope> scopes) {
        List<String> labels = options.stream().map(option -> label(rows, option)).toList();
        double left = Chart.labelWidth(labels, 100, 250);
        double cell = Math.min(72, (Chart.WIDTH - left - 4) / Math.max(1, scopes.size()));
        double header = 18 + 0.71 * Math.min(150, scopes.stream().mapToDouble(s -> Chart.textWidth(s.label(), Chart.FONT)).max().orElse(0));
        List<Legend.Entry> legend = legend(id, rows);
        double top = Legend.height(legend, LEGEND_ROW) + header;
        double height = top + options.size() * CELL_HEIGHT + 8;

        Chart.open(svg, id, height, text.text("options.chart.title", itemLabel), description(itemLabel, rows, options, labels, scopes));
        Legend.draw(svg, legend, 0, LEGEND_ROW);
        for (int j = 0; j < scopes.size(); j++) {
            double x = left + j * cell + cell / 2;
            svg.open("text", "class", "column-label", "x", x, "y", top - 6, "transform", "rotate(-45 " + Markup.number(x) + " " + Markup.number(top - 6) + ")")
                    .text(Chart.fit(scopes.get(j).label(), 150, Chart.FONT))
                    .element("title", scopes.get(j).label())
                    .close("text");
        }
        double font = cell < 40 ? 9 : 11;
        for (int i = 0; i < options.size(); i++) {
            double y = top + i * CELL_HEIGHT;
            svg.open("text", "class", "row-label", "x", left - 8, "y", y + CELL_HEIGHT / 2 + 4, "text-anchor", "end")
                    .text(Chart.fit(labels.get(i), left - 10, Chart.FONT))
                    .element("title", labels.get(i))
                    .close("text");
            for (int j = 0; j < scopes.size(); j++) {
                ChartScope scope = scopes.get(j);
                String option = options.get(i);
                Optional<Row> row = rows.stream().filter(r -> scope.holds(r) && option.equals(r.text("option"))).findFirst();
                double x = left + j * cell;
                if (row.isPresent()) {
                    cell(svg, id, scope, row.get(), x, y, cell, font);
                } else {
                    svg.open("rect", "class", "not-named", "x", x + 1, "y", y + 1, "width", cell - 2, "height", CELL_HEIGHT - 2)
                            .element("title", scope.label() + ", " + labels.get(i) + ": " + text.text("options.not_named"))
                            .close("rect");
                }
            }
        }
        Chart.close(svg);
    }

    private void cell(Markup svg, String id, ChartScope scope, Row row, double x, double y, double width, double font) {
        Shade shade = Shade.of(row);
        BigDecimal share = share(row);
        svg.open("g", Chart.attributes(scope.attributes(), "class", "cell", "data-mark", "option", "data-indicator", row.indicator(),
                        "data-option", row.text("option"), "data-status", shade.code(),
                        "data-mentions", share == null ? null : mentions(row), "data-n", share == null ? null : respondents(row),
                        "data-share", share, "data-suppressed", row.withheldList()))
                .element("title", title(scope, row, shade, share));
        String fill = share == null ? Shade.SUPPRESSED.fill(id) : BINS[bin(share)];
        svg.empty("rect", "data-part", share == null ? "suppressed" : "share", "x", x + 1, "y", y + 1, "width", width - 2,
                "height", CELL_HEIGHT - 2, "fill", fill, "stroke", "#999", "stroke-width", 0.5);
        svg.empty("polygon", "data-part", "status", "points", corner(x + 1, y + 1, 10), "fill", shade.fill(id), "stroke", "#333", "stroke-width", 0.5);
        String printed = share == null ? text.text("suppressed.short") : text.percent(share.doubleValue());
        String style = share != null && bin(share) >= 3 ? "cell-value on-dark" : "cell-value halo";
        svg.element("text", printed, "class", style, "x", x + width / 2 + 3, "y", y + CELL_HEIGHT / 2 + 4, "text-anchor", "middle",
                "font-size", font);
        svg.close("g");
    }

    /** Mentions over respondents of both stages, at four decimals as the tables carry shares; null where withheld. */
    static BigDecimal share(Row row) {
        for (String column : COUNTS) {
            if (row.withheld(column)) {
                return null;
            }
        }
        long n = respondents(row);
        return n == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(mentions(row)).divide(BigDecimal.valueOf(n), 4, RoundingMode.HALF_EVEN);
    }

    private static long mentions(Row row) {
        return count(row, "stage1_mentions") + count(row, "stage2_mentions");
    }

    private static long respondents(Row row) {
        return count(row, "stage1_n") + count(row, "stage2_n");
    }

    private static long count(Row row, String column) {
        Long count = row.integer(column);
        return count == null ? 0 : count;
    }

    private static int bin(BigDecimal share) {
        return Math.min(BINS.length - 1, (int) Math.floor(share.doubleValue() * BINS.length));
    }

    private List<Legend.Entry> legend(String id, List<Row> rows) {
        List<Legend.Entry> entries = new ArrayList<>();
        for (int i = 0; i < BINS.length; i++) {
            entries.add(Legend.swatch(BINS[i], text.percent((double) i / BINS.length) + " \u2013 " + text.percent((double) (i + 1) / BINS.length)));
        }
        entries.add(Legend.swatch("#FFFFFF", text.text("options.not_named")));
        for (Shade shade : rows.stream().map(Shade::of).distinct().sorted().toList()) {
            entries.add(new Legend.Entry((svg, x, y) -> svg.empty("polygon", "points", corner(x, y - 7, 14), "fill", shade.fill(id),
                    "stroke", "#333", "stroke-width", 0.5), 14, text.text("options.legend.corner", text.statusName(shade))));
        }
        return entries;
    }

    /** The triangle in a cell's top left corner that shows the option's status. */
    private static String corner(double x, double y, double size) {
        return Markup.number(x) + "," + Markup.number(y) + " " + Markup.number(x + size) + "," + Markup.number(y) + " "
                + Markup.number(x) + "," + Markup.number(y + size);
    }

    private String title(ChartScope scope, Row row, Shade shade, BigDecimal share) {
        String named = share == null ? text.text("suppressed.name")
                : text.text("options.cell", text.number(mentions(row)), text.number(respondents(row)), text.percent(share.doubleValue()));
        return scope.label() + ", " + row.text("option_label") + ": " + named + " \u2014 " + text.statusName(shade);
    }

    private String description(String itemLabel, List<Row> rows, List<String> options, List<String> labels, List<ChartScope> scopes) {
        StringJoiner description = new StringJoiner(" ");
        description.add(text.text("options.chart.description", itemLabel));
        for (int i = 0; i < options.size(); i++) {
            String option = options.get(i);
            StringJoiner line = new StringJoiner(", ", labels.get(i) + ": ", ".");
            for (ChartScope scope : scopes) {
                rows.stream().filter(r -> scope.holds(r) && option.equals(r.text("option"))).findFirst().ifPresent(row -> {
                    BigDecimal share = share(row);
                    line.add(scope.label() + " " + (share == null ? text.text("suppressed.name") : text.percent(share.doubleValue())));
                });
            }
            description.add(line.toString());
        }
        return description.toString();
    }

    private static String label(List<Row> rows, String option) {
        return rows.stream().filter(r -> option.equals(r.text("option"))).map(r -> r.text("option_label"))
                .filter(l -> l != null).findFirst().orElse(option);
    }
}
