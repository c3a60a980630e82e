package org.oas.cim.pipeline.page;

import org.oas.cim.pipeline.publish.Table;
import org.oas.cim.pipeline.verify.Status;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The page's section on the case records (cases.md): per country, the options as rows, what the surveys say beside
 * the share of cases naming each, and the verdict in plain words. Names of countries and options come from the
 * tables that carry them ({@code quality}, {@code options}); an option only the cases show keeps its code.
 */
final class TriangulationSection {
    static final String ID = "triangulation";

    private TriangulationSection() {
    }

    static void write(Markup html, PageText text, Table triangulation, Table quality, Table options) {
        Map<String, String> countries = names(quality, "country", "country_name");
        Map<String, String> optionNames = names(options, "option", "option_label");
        Map<String, List<List<Object>>> byCountry = new LinkedHashMap<>();
        int country = triangulation.columnIndex("country");
        triangulation.rows().forEach(r -> byCountry.computeIfAbsent((String) r.get(country), c -> new ArrayList<>()).add(r));
        html.open("section", "id", ID).element("h2", text.text("triangulation.title")).element("p", text.text("triangulation.intro"));
        if (byCountry.isEmpty()) {
            html.element("p", text.text("triangulation.none"));
        }
        byCountry.forEach((code, rows) -> {
            html.element("h3", countries.getOrDefault(code, code));
            html.open("table", "class", "triangulation").open("thead").open("tr");
            for (String head : List.of("indicator", "option", "survey", "cases", "share", "verdict")) {
                html.element("th", text.text("triangulation.head." + head));
            }
            html.close("tr").close("thead").open("tbody");
            for (List<Object> row : rows) {
                Object status = row.get(triangulation.columnIndex("survey_status"));
                Object option = row.get(triangulation.columnIndex("option"));
                html.open("tr")
                        .element("td", (String) row.get(triangulation.columnIndex("indicator")))
                        .element("td", optionNames.getOrDefault((String) option, (String) option))
                        .element("td", status == null ? text.text("triangulation.no_survey") : text.statusName((Status) status))
                        .element("td", count(text, row, triangulation))
                        .element("td", share(text, row, triangulation))
                        .element("td", text.text("triangulation.verdict." + row.get(triangulation.columnIndex("verdict"))))
                        .close("tr");
            }
            html.close("tbody").close("table").newline();
        });
        html.close("section").newline();
    }

    private static String count(PageText text, List<Object> row, Table table) {
        String suppressed = (String) row.get(table.columnIndex("suppressed"));
        if (suppressed != null && suppressed.contains("cases_n")) {
            return text.text("suppressed.name");
        }
        Object cases = row.get(table.columnIndex("cases_n"));
        return cases == null ? "" : text.number((Long) cases);
    }

    private static String share(PageText text, List<Object> row, Table table) {
        String suppressed = (String) row.get(table.columnIndex("suppressed"));
        if (suppressed != null && suppressed.contains("cases_share")) {
            return text.text("suppressed.name");
        }
        Object share = row.get(table.columnIndex("cases_share"));
        return share == null ? "" : text.percent(((BigDecimal) share).doubleValue());
    }

    /** The names a table gives codes (the first of each), for the page's labels. */
    private static Map<String, String> names(Table table, String codeColumn, String nameColumn) {
        Map<String, String> names = new HashMap<>();
        if (table == null) {
            return names;
        }
        int code = table.columnIndex(codeColumn);
        int name = table.columnIndex(nameColumn);
        table.rows().forEach(r -> names.putIfAbsent((String) r.get(code), (String) r.get(name)));
        return names;
    }
}
