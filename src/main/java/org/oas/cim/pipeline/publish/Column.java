package org.oas.cim.pipeline.publish;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One column of a table.
 *
 * @param name        the machine name, snake_case English and the same in every output language ({@code value_label})
 * @param type        what the cells hold
 * @param description what the column means, in the output language (the workbook's first sheet shows it)
 */
public record Column(String name, ColumnType type, String description) {
    static final Pattern MACHINE_NAME = Pattern.compile("[a-z][a-z0-9_]*");

    public Column {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        if (name == null || !MACHINE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("column name must be snake_case, was " + name);
        }
    }
}
