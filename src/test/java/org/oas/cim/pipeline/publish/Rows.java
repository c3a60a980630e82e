package org.oas.cim.pipeline.publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A table's rows as maps from column name to canonical value, for assertions by name. */
final class Rows {
    private Rows() {
    }

    static List<Map<String, Object>> of(Table table) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (List<Object> values : table.rows()) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < values.size(); i++) {
                row.put(table.columns().get(i).name(), values.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    static Map<String, Object> find(Table table, String column, Object value) {
        return of(table).stream().filter(r -> value.equals(r.get(column))).findFirst()
                .orElseThrow(() -> new AssertionError("no row of " + table.name() + " with " + column + " = " + value));
    }

    static Table named(List<Table> tables, String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }
}
