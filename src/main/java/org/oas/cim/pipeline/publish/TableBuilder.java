package org.oas.cim.pipeline.publish;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Builds one findings table row by row, with the labels of the output language. Rows are filled by column name;
 * a suppressed cell is left empty and its column named in the row's {@code suppressed} column, in column order.
 */
final class TableBuilder {
    static final String PHASE = "phase";
    static final String COUNTRY = "country";
    static final String COUNTRY_NAME = "country_name";
    static final String REGION = "region";
    static final String SUPPRESSED = "suppressed";

    private final String name;
    private final String phase;
    private final Labels labels;
    private final List<Column> columns = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private final List<List<Object>> rows = new ArrayList<>();

    TableBuilder(String name, String phase, Labels labels) {
        this.name = name;
        this.phase = phase;
        this.labels = labels;
        column(PHASE, ColumnType.TEXT);
    }

    /** Adds {@code country} and {@code country_name}, and {@code region} where the table breaks countries down. */
    TableBuilder countryColumns(boolean withRegion) {
        column(COUNTRY, ColumnType.TEXT);
        column(COUNTRY_NAME, ColumnType.TEXT);
        return withRegion ? column(REGION, ColumnType.TEXT) : this;
    }

    TableBuilder column(String column, ColumnType type) {
        return column(column, type, labels.columnDescription(name, column));
    }

    TableBuilder column(String column, ColumnType type, String description) {
        columns.add(new Column(column, type, description));
        names.add(column);
        return this;
    }

    Row row() {
        return new Row();
    }

    /** A row of one country (and region, null for the whole country). */
    Row row(String country, String region) {
        Row row = new Row().set(COUNTRY, country).set(COUNTRY_NAME, labels.countryName(country));
        return names.contains(REGION) ? row.set(REGION, region) : row;
    }

    Table build() {
        return new Table(name, labels.tableTitle(name), labels.tableDescription(name), columns, rows);
    }

    final class Row {
        private final Map<String, Object> values = new HashMap<>();
        private final Set<String> suppressed = new HashSet<>();

        private Row() {
            values.put(PHASE, phase);
        }

        Row set(String column, Object value) {
            requireColumn(column);
            values.put(column, value);
            return this;
        }

        Row suppress(String... columnNames) {
            for (String column : columnNames) {
                requireColumn(column);
                suppressed.add(column);
            }
            return this;
        }

        /** Suppresses every column but those kept (and the {@code suppressed} column itself). */
        Row suppressAllBut(Set<String> kept) {
            for (Column column : columns) {
                if (!kept.contains(column.name()) && !column.name().equals(SUPPRESSED)) {
                    suppressed.add(column.name());
                }
            }
            return this;
        }

        void add() {
            StringJoiner named = new StringJoiner(";");
            columns.stream().map(Column::name).filter(suppressed::contains).forEach(named::add);
            if (named.length() > 0 && !names.contains(SUPPRESSED)) {
                throw new IllegalStateException("table " + name + " suppresses cells but has no suppressed column");
            }
            List<Object> cells = new ArrayList<>(columns.size());
            for (Column column : columns) {
                String c = column.name();
                if (c.equals(SUPPRESSED)) {
                    cells.add(named.length() == 0 ? null : named.toString());
                } else {
                    cells.add(suppressed.contains(c) ? null : values.get(c));
                }
            }
            rows.add(cells);
        }

        private void requireColumn(String column) {
            if (!names.contains(column)) {
                throw new IllegalArgumentException("table " + name + " has no column " + column);
            }
        }
    }
}
