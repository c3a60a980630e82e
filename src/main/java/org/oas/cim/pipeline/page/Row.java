package org.oas.cim.pipeline.page;

import org.oas.cim.pipeline.publish.Table;
import org.oas.cim.pipeline.verify.Status;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One row of a published table, read by column name. A column the table lacks reads as an empty cell, so that a
 * chart asks the same questions of every table; which cells disclosure control withheld comes from the row's
 * {@code suppressed} column.
 */
record Row(Table table, List<Object> cells, List<String> suppressed) {
    static final String SUPPRESSED = "suppressed";

    static List<Row> of(Table table) {
        List<Row> rows = new ArrayList<>(table.rows().size());
        boolean named = table.columns().stream().anyMatch(c -> c.name().equals(SUPPRESSED));
        for (List<Object> cells : table.rows()) {
            List<String> withheld = named && cells.get(table.columnIndex(SUPPRESSED)) instanceof String list
                    ? Arrays.asList(list.split(";")) : List.of();
            rows.add(new Row(table, cells, List.copyOf(withheld)));
        }
        return rows;
    }

    Object get(String column) {
        boolean present = table.columns().stream().anyMatch(c -> c.name().equals(column));
        return present ? cells.get(table.columnIndex(column)) : null;
    }

    String text(String column) {
        return (String) get(column);
    }

    BigDecimal decimal(String column) {
        return (BigDecimal) get(column);
    }

    Long integer(String column) {
        return (Long) get(column);
    }

    boolean flag(String column) {
        return Boolean.TRUE.equals(get(column));
    }

    Status status() {
        return (Status) get("status");
    }

    /** Whether disclosure control withheld the cell: it is empty, and must never be read as zero or absent. */
    boolean withheld(String column) {
        return suppressed.contains(column);
    }

    /** The row's suppressed columns as the table names them ({@code median;status}), or null. */
    String withheldList() {
        return suppressed.isEmpty() ? null : String.join(";", suppressed);
    }

    String country() {
        return text("country");
    }

    String region() {
        return text("region");
    }

    String indicator() {
        return text("indicator");
    }
}
