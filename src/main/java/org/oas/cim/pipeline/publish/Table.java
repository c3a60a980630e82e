package org.oas.cim.pipeline.publish;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A published table: what every writer renders, so that the CSV file, the workbook sheet and the database table
 * hold the same cells. Cell values are canonical for their column's type (see {@link ColumnType}); null is an
 * empty cell.
 *
 * @param name        machine name, also the CSV file's and the sheet's name ({@code indicators})
 * @param title       the table's title in the output language
 * @param description what one row is, in the output language
 * @param columns     in order
 * @param rows        in order, each with one value per column
 */
public record Table(String name, String title, String description, List<Column> columns, List<List<Object>> rows) {
    public Table {
        if (name == null || !Column.MACHINE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("table name must be snake_case, was " + name);
        }
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        columns = List.copyOf(columns);
        Set<String> names = new HashSet<>();
        for (Column column : columns) {
            if (!names.add(column.name())) {
                throw new IllegalArgumentException("table " + name + " has column " + column.name() + " twice");
            }
        }
        List<List<Object>> canonical = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("table " + name + ": a row has " + row.size() + " cells for " + columns.size() + " columns");
            }
            List<Object> cells = new ArrayList<>(row.size());
            for (int i = 0; i < row.size(); i++) {
                cells.add(columns.get(i).type().canonical(row.get(i)));
            }
            canonical.add(Collections.unmodifiableList(cells));
        }
        rows = Collections.unmodifiableList(canonical);
    }

    public int columnIndex(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return i;
            }
        }
        throw new IllegalArgumentException("table " + name + " has no column " + column);
    }
}
