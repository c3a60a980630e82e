package org.oas.cim.pipeline.page;

import org.oas.cim.pipeline.publish.PhaseFile;
import org.oas.cim.pipeline.publish.Table;
import org.oas.cim.pipeline.study.Phase;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The analysts' page of a phase, {@code report.html} (src/site/markdown/protocol/outputs.md, "Files"): one
 * self-contained HTML file drawn from the published tables, in the output language, with a table of contents, what the
 * statuses mean, and charts of the statuses, estimates, options named and agreement between sources. Nothing on it is
 * fetched: the styles and charts are written into it and the only links are to its own sections. The same tables give
 * the same bytes.
 */
public final class AnalystPage {
    public static final String FILE_NAME = "report.html";
    /** The tables the page draws; the others ({@code sources}, {@code quality}, ...) are read in the workbook. */
    public static final List<String> TABLES = List.of("indicators", "options", "estimates", "reliability");
    /** Charted where a phase has it (it has victim lists or capture histories). */
    static final String POPULATION_ESTIMATES = "population_estimates";

    private AnalystPage() {
    }

    /**
     * The page as a file to publish with the phase's tables. It is rendered now, so that a table the page cannot
     * draw fails the run here rather than halfway through writing the phase's folder.
     *
     * @param tables   the phase's published tables, as {@code FindingsTables.tables(...)} gives them (at least
     *                 {@link #TABLES}; the {@code summary}, where present, fixes the order of items and options)
     * @param language the output language: {@code en}, {@code es} or {@code pt}
     */
    public static PhaseFile file(Phase phase, List<Table> tables, String language) {
        byte[] page = render(phase, tables, language).getBytes(StandardCharsets.UTF_8);
        return new PhaseFile(FILE_NAME, out -> out.write(page));
    }

    /** The page's HTML; see {@link #file}. */
    public static String render(Phase phase, List<Table> tables, String language) {
        Map<String, Table> byName = tables.stream().collect(Collectors.toMap(Table::name, Function.identity(), (a, b) -> {
            throw new IllegalArgumentException("two tables are named " + a.name());
        }));
        for (String name : TABLES) {
            if (!byName.containsKey(name)) {
                throw new IllegalArgumentException("the page needs the " + name + " table; the tables given are " + byName.keySet().stream().sorted().toList());
            }
        }
        PageText text = new PageText(language);
        Sections sections = new Sections(phase, text, Order.of(tables),
                Row.of(byName.get("indicators")), Row.of(byName.get("options")),
                Row.of(byName.get("estimates")), Row.of(byName.get("reliability")),
                byName.containsKey(POPULATION_ESTIMATES) ? Row.of(byName.get(POPULATION_ESTIMATES)) : List.of());
        Markup html = new Markup();
        html.raw("<!DOCTYPE html>").newline()
                .open("html", "lang", language).newline()
                .open("head")
                .empty("meta", "charset", "utf-8")
                .empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
                .element("title", text.text("page.title", phase.name()))
                .open("style").raw(Stylesheet.CSS).close("style")
                .close("head").newline()
                .open("body").newline()
                .open("header")
                .element("h1", text.text("page.title", phase.name()))
                .element("p", text.text("page.phase", phase.id(), phase.years()), "class", "phase")
                .element("p", text.text("page.intro"))
                .close("header").newline();
        sections.contents(html);
        html.open("main").newline();
        sections.statusesExplained(html);
        sections.statuses(html);
        sections.estimates(html);
        sections.options(html);
        sections.reliability(html);
        sections.population(html);
        if (byName.containsKey(TriangulationSection.ID)) {
            TriangulationSection.write(html, text, byName.get(TriangulationSection.ID), byName.get("quality"), byName.get("options"));
        }
        html.close("main").newline()
                .open("footer").element("p", text.text("page.footer"), "class", "phase").close("footer").newline()
                .close("body").newline()
                .close("html").newline();
        return html.toString();
    }
}
