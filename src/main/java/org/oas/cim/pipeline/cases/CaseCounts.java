package org.oas.cim.pipeline.cases;

import org.oas.cim.pipeline.publish.Column;
import org.oas.cim.pipeline.publish.ColumnType;
import org.oas.cim.pipeline.publish.Labels;
import org.oas.cim.pipeline.publish.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The case records in the {@code sources} and {@code quality} tables (cases.md, "What comes out"): in {@code sources}, a
 * row per country with cases (stage 3, source type {@code case_records}: its cases, withheld under CTDC's k); in
 * {@code quality}, the country's case files and cases as two more columns (a country with cases and no survey file
 * gets a row of its own).
 */
final class CaseCounts {
    static final String SOURCES = "sources";
    static final String QUALITY = "quality";
    private static final String[] QUALITY_COLUMNS = {"case_files", "cases", "suppressed"};

    private final int k;
    private final int stage;

    /** @param stage the stage of the case records' instrument, as {@code instruments.csv} gives it */
    CaseCounts(int k, int stage) {
        this.k = k;
        this.stage = stage;
    }

    /** The tables with the cases of {@code counts} (the phase's countries with cases) in sources and quality. */
    List<Table> into(List<Table> tables, String phase, List<CaseStore.CountryCases> counts, Labels labels) {
        Map<String, CaseStore.CountryCases> byCountry = new TreeMap<>();
        counts.stream().filter(c -> c.cases() > 0).forEach(c -> byCountry.put(c.country(), c));
        List<Table> out = new ArrayList<>();
        for (Table table : tables) {
            out.add(switch (table.name()) {
                case SOURCES -> sources(table, phase, byCountry, labels);
                case QUALITY -> quality(table, phase, byCountry, labels);
                default -> table;
            });
        }
        return out;
    }

    private Table sources(Table table, String phase, Map<String, CaseStore.CountryCases> byCountry, Labels labels) {
        int country = table.columnIndex("country");
        List<List<Object>> rows = new ArrayList<>();
        List<String> left = new ArrayList<>(byCountry.keySet());
        for (List<Object> row : table.rows()) {
            while (!left.isEmpty() && left.get(0).compareTo((String) row.get(country)) < 0) {
                rows.add(sourceRow(table, phase, byCountry.get(left.remove(0)), labels));
            }
            if (!left.isEmpty() && left.get(0).equals(row.get(country)) && isLastOfCountry(table, row, country)) {
                rows.add(row);
                rows.add(sourceRow(table, phase, byCountry.get(left.remove(0)), labels));
                continue;
            }
            rows.add(row);
        }
        left.forEach(c -> rows.add(sourceRow(table, phase, byCountry.get(c), labels)));
        return new Table(table.name(), table.title(), table.description(), table.columns(), rows);
    }

    private static boolean isLastOfCountry(Table table, List<Object> row, int country) {
        int at = table.rows().indexOf(row);
        return at == table.rows().size() - 1 || !table.rows().get(at + 1).get(country).equals(row.get(country));
    }

    private List<Object> sourceRow(Table table, String phase, CaseStore.CountryCases cases, Labels labels) {
        Object[] cells = new Object[table.columns().size()];
        cells[table.columnIndex("phase")] = phase;
        cells[table.columnIndex("country")] = cases.country();
        cells[table.columnIndex("country_name")] = labels.countryName(cases.country());
        cells[table.columnIndex("stage")] = (long) stage;
        cells[table.columnIndex("source_type")] = CaseAssembler.INSTRUMENT;
        cells[table.columnIndex("source_type_label")] = labels.messages().text("source_type." + CaseAssembler.INSTRUMENT);
        if (cases.cases() < k) {
            cells[table.columnIndex("suppressed")] = "respondents";
        } else {
            cells[table.columnIndex("respondents")] = cases.cases();
        }
        return Arrays.asList(cells);
    }

    private Table quality(Table table, String phase, Map<String, CaseStore.CountryCases> byCountry, Labels labels) {
        List<Column> columns = new ArrayList<>(table.columns());
        for (String name : QUALITY_COLUMNS) {
            columns.add(new Column(name, name.equals("suppressed") ? ColumnType.TEXT : ColumnType.INTEGER,
                    labels.columnDescription(QUALITY, name)));
        }
        int country = table.columnIndex("country");
        Map<String, List<Object>> rows = new TreeMap<>();
        for (List<Object> row : table.rows()) {
            List<Object> wider = new ArrayList<>(row);
            wider.addAll(caseCells(byCountry.get((String) row.get(country))));
            rows.put((String) row.get(country), wider);
        }
        byCountry.forEach((code, cases) -> rows.computeIfAbsent(code, c -> {
            List<Object> row = new ArrayList<>();
            for (Column column : table.columns()) {
                row.add(switch (column.name()) {
                    case "phase" -> phase;
                    case "country" -> code;
                    case "country_name" -> labels.countryName(code);
                    default -> 0L;
                });
            }
            row.addAll(caseCells(cases));
            return row;
        }));
        return new Table(table.name(), table.title(), table.description(), columns, new ArrayList<>(rows.values()));
    }

    /** case_files, cases (withheld under k) and what was withheld. */
    private List<Object> caseCells(CaseStore.CountryCases cases) {
        if (cases == null) {
            return Arrays.asList(0L, 0L, null);
        }
        return cases.cases() < k ? Arrays.asList(cases.files(), null, "cases") : Arrays.asList(cases.files(), cases.cases(), null);
    }
}
