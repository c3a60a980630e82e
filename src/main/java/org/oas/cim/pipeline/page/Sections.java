package org.oas.cim.pipeline.page;

import org.oas.cim.pipeline.study.Phase;

import java.util.List;

/**
 * The page's sections, each a heading, a sentence on how to read it, and its charts, in the order of the table
 * of contents. A table without rows gives a section that says so, never an empty chart.
 */
final class Sections {
    static final String ABOUT = "about-statuses";
    static final String STATUSES = "statuses-per-country";
    static final String ESTIMATES = "estimates";
    static final String OPTIONS = "options-named";
    static final String AGREEMENT = "agreement";
    static final String POPULATION = "population-estimates";

    private final Phase phase;
    private final PageText text;
    private final Order order;
    private final List<Row> indicators;
    private final List<Row> options;
    private final List<Row> estimates;
    private final List<Row> reliability;
    private final List<Row> population;

    /** @param population the rows of {@code population_estimates}; empty where the phase has no lists */
    Sections(Phase phase, PageText text, Order order, List<Row> indicators, List<Row> options, List<Row> estimates, List<Row> reliability,
             List<Row> population) {
        this.phase = phase;
        this.text = text;
        this.order = order;
        this.indicators = indicators;
        this.options = options;
        this.estimates = estimates;
        this.reliability = reliability;
        this.population = population;
    }

    void contents(Markup html) {
        html.open("nav", "class", "toc", "aria-labelledby", "contents").element("h2", text.text("contents.title"), "id", "contents").open("ol");
        entry(html, ABOUT, text.text("about.title"));
        entry(html, STATUSES, text.text("statuses.title"));
        html.open("li").element("a", text.text("estimates.title"), "href", "#" + ESTIMATES);
        items(html, estimates, "estimate");
        html.close("li").open("li").element("a", text.text("options.title"), "href", "#" + OPTIONS);
        items(html, options, "options");
        html.close("li");
        entry(html, AGREEMENT, text.text("reliability.title"));
        if (!population.isEmpty()) {
            entry(html, POPULATION, text.text("population.title"));
        }
        html.close("ol").close("nav").newline();
    }

    void statusesExplained(Markup html) {
        open(html, ABOUT, "about.title", "about.intro");
        html.open("dl", "class", "statuses");
        for (Shade shade : Shade.values()) {
            String name = text.statusName(shade);
            String explanation = text.text("about." + shade.name());
            html.open("dt");
            Chart.swatch(html, Chart.id("swatch", shade.name()), shade, name, explanation);
            html.element("span", name).close("dt").element("dd", explanation);
        }
        html.close("dl").close("section").newline();
    }

    void statuses(Markup html) {
        open(html, STATUSES, "statuses.title", "statuses.intro");
        if (indicators.isEmpty()) {
            html.element("p", text.text("empty"), "class", "empty");
        } else {
            html.open("figure");
            new StatusChart(text).draw(html, indicators, ChartScope.of(indicators, phase));
            html.element("figcaption", text.text("statuses.caption")).close("figure");
        }
        html.close("section").newline();
    }

    void estimates(Markup html) {
        open(html, ESTIMATES, "estimates.title", "estimates.intro");
        if (estimates.isEmpty()) {
            html.element("p", text.text("empty"), "class", "empty");
        }
        EstimateChart chart = new EstimateChart(text);
        for (String item : items(estimates)) {
            List<Row> rows = estimates.stream().filter(r -> item.equals(r.indicator())).toList();
            String id = Chart.id("estimate", item);
            html.element("h3", itemLabel(rows), "id", id).open("figure", "aria-labelledby", id);
            chart.draw(html, Chart.id("chart", id), itemLabel(rows), rows, ChartScope.of(rows, phase));
            html.element("figcaption", text.text("estimates.caption")).close("figure").newline();
        }
        html.close("section").newline();
    }

    void options(Markup html) {
        open(html, OPTIONS, "options.title", "options.intro");
        if (options.isEmpty()) {
            html.element("p", text.text("empty"), "class", "empty");
        }
        OptionHeatMap chart = new OptionHeatMap(text);
        List<ChartScope> scopes = ChartScope.of(options, phase);
        for (String item : items(options)) {
            List<Row> rows = options.stream().filter(r -> item.equals(r.indicator())).toList();
            List<String> named = order.sort(rows.stream().map(r -> r.text("option")).toList(), option -> Order.key(item, option));
            String id = Chart.id("options", item);
            html.element("h3", itemLabel(rows), "id", id).open("figure", "aria-labelledby", id);
            chart.draw(html, Chart.id("chart", id), itemLabel(rows), rows, named, scopes);
            html.element("figcaption", text.text("options.caption")).close("figure").newline();
        }
        html.close("section").newline();
    }

    void reliability(Markup html) {
        open(html, AGREEMENT, "reliability.title", "reliability.intro");
        if (reliability.isEmpty()) {
            html.element("p", text.text("empty"), "class", "empty");
        } else {
            List<ChartScope> scopes = ChartScope.of(reliability, phase);
            html.open("figure");
            new ReliabilityChart(text).draw(html, reliability, scopes);
            html.open("figcaption").text(text.text("reliability.caption"));
            List<Row> noted = reliability.stream().filter(r -> r.text("note") != null).toList();
            if (!noted.isEmpty()) {
                html.open("ul");
                for (Row row : noted) {
                    html.element("li", ChartScope.of(row, phase).label() + ": " + row.text("note"));
                }
                html.close("ul");
            }
            html.close("figcaption").close("figure");
        }
        html.close("section").newline();
    }

    /** One chart per country: the people the lists saw, the estimate and its interval, year by year. */
    void population(Markup html) {
        if (population.isEmpty()) {
            return;
        }
        open(html, POPULATION, "population.title", "population.intro");
        PopulationChart chart = new PopulationChart(text);
        for (String country : population.stream().map(Row::country).distinct().toList()) {
            String id = Chart.id("population", country);
            html.element("h3", country, "id", id).open("figure", "aria-labelledby", id);
            chart.draw(html, Chart.id("chart", id), country, population.stream().filter(r -> country.equals(r.country())).toList());
            html.element("figcaption", text.text("population.caption")).close("figure").newline();
        }
        html.close("section").newline();
    }

    private void open(Markup html, String id, String title, String intro) {
        html.open("section", "id", id).element("h2", text.text(title)).element("p", text.text(intro));
    }

    private static void entry(Markup html, String id, String title) {
        html.open("li").element("a", title, "href", "#" + id).close("li");
    }

    private void items(Markup html, List<Row> rows, String prefix) {
        List<String> items = items(rows);
        if (items.isEmpty()) {
            return;
        }
        html.open("ol");
        for (String item : items) {
            entry(html, Chart.id(prefix, item), itemLabel(rows.stream().filter(r -> item.equals(r.indicator())).toList()));
        }
        html.close("ol");
    }

    /** The items of a table's rows, in publication order. */
    private List<String> items(List<Row> rows) {
        return order.sort(rows.stream().map(Row::indicator).toList(), item -> Order.key(item, null));
    }

    /** {@code P6 · Estimated number of victims per year}: the code, then the label in the output language. */
    private static String itemLabel(List<Row> rows) {
        Row first = rows.get(0);
        return first.text("label") == null ? first.indicator() : first.indicator() + " \u00b7 " + first.text("label");
    }
}
