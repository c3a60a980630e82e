package org.oas.cim.pipeline.publish;

import org.oas.cim.pipeline.verify.Status;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * {@code datapackage.json}: a Frictionless Tabular Data Package describing a phase's CSV files, written from the
 * same {@link Table} declarations the files come from, so that R, pandas, SPSS or Stata users (and frictionless
 * tools) know every column's type, meaning and codes. Two reference tables are published with it, {@code countries}
 * and {@code items}, which the findings' {@code country} and {@code indicator} columns point to as foreign keys.
 * Its bytes depend only on the tables and the manifest.
 */
final class DataPackage {
    static final String FILE_NAME = "datapackage.json";
    static final String COUNTRIES = "countries";
    static final String ITEMS = "items";
    /** How CSV files name an empty cell: nothing. */
    private static final List<String> MISSING_VALUES = List.of("");
    /** Rows are one per country in these tables; elsewhere a region or an option splits them further. */
    private static final Map<String, List<String>> PRIMARY_KEYS = Map.of(
            "quality", List.of(TableBuilder.PHASE, TableBuilder.COUNTRY),
            "reliability", List.of(TableBuilder.PHASE, TableBuilder.COUNTRY),
            COUNTRIES, List.of("code"),
            ITEMS, List.of("code"));
    /** Columns holding a codebook item's code, by table; every other table names it {@code indicator}. */
    private static final Map<String, String> ITEM_COLUMN = Map.of("official_figures", "item");

    private final Messages messages;

    DataPackage(Messages messages) {
        this.messages = messages;
    }

    /** The phase's countries and codebook items, as the findings name them, to be published beside them. */
    List<Table> referenceTables(List<Table> findings) {
        Map<String, List<Object>> countries = new LinkedHashMap<>();
        Map<String, List<Object>> items = new LinkedHashMap<>();
        for (Table table : findings) {
            collect(table, List.of(TableBuilder.COUNTRY, TableBuilder.COUNTRY_NAME), countries);
            collect(table, List.of(itemColumn(table.name()), "name", "label"), items);
        }
        return List.of(reference(COUNTRIES, List.of("code", "name"), countries),
                reference(ITEMS, List.of("code", "name", "label"), items));
    }

    /** The descriptor of every table given, each published as {@code <name>.csv}. */
    byte[] descriptor(String phase, List<Table> tables, Manifest manifest, PublishSettings settings) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode root = json.objectNode();
        root.put("profile", "tabular-data-package");
        root.put("name", "cim-findings-" + phase.toLowerCase(Locale.ROOT));
        root.put("title", messages.text("package.title", phase));
        root.put("description", messages.text("package.description"));
        root.put("created", DateTimeFormatter.ISO_INSTANT.format(manifest.runTime()));
        ObjectNode run = root.putObject("run");
        run.put("id", manifest.runId());
        run.put("language", settings.language());
        run.put("disclosure_k", settings.k());
        ArrayNode inputs = root.putArray("inputs");
        for (UsedFile input : manifest.inputs()) {
            inputs.addObject().put("file", input.name()).put("sha256", input.sha256()).put("rows_taken", input.rowsTaken());
        }
        Map<String, List<String>> codes = new LinkedHashMap<>();
        codes.put(TableBuilder.PHASE, List.of(phase));
        codes.put("language", List.of(settings.language()));
        for (Table table : tables) {
            if (table.name().equals(COUNTRIES) || table.name().equals(ITEMS)) {
                codes.put(table.name(), table.rows().stream().map(row -> (String) row.get(0)).toList());
            }
        }
        ArrayNode resources = root.putArray("resources");
        for (Table table : tables) {
            resources.add(resource(table, codes));
        }
        return JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsBytes(root);
    }

    private ObjectNode resource(Table table, Map<String, List<String>> codes) {
        ObjectNode resource = JsonNodeFactory.instance.objectNode();
        resource.put("profile", "tabular-data-resource");
        resource.put("name", table.name());
        resource.put("path", CsvTableWriter.fileName(table));
        resource.put("title", title(table));
        putIfText(resource, "description", description(table));
        resource.put("format", "csv");
        resource.put("mediatype", "text/csv");
        resource.put("encoding", "utf-8");
        resource.putObject("dialect").put("delimiter", ",").put("lineTerminator", CsvTableWriter.LINE_END)
                .put("quoteChar", "\"").put("doubleQuote", true).put("header", true);
        resource.set("schema", schema(table, codes));
        return resource;
    }

    private ObjectNode schema(Table table, Map<String, List<String>> codes) {
        ObjectNode schema = JsonNodeFactory.instance.objectNode();
        ArrayNode fields = schema.putArray("fields");
        for (Column column : table.columns()) {
            fields.add(field(table.name(), column, codes));
        }
        MISSING_VALUES.forEach(schema.putArray("missingValues")::add);
        List<String> primaryKey = PRIMARY_KEYS.get(table.name());
        if (primaryKey != null) {
            primaryKey.forEach(schema.putArray("primaryKey")::add);
        }
        ArrayNode foreignKeys = JsonNodeFactory.instance.arrayNode();
        if (!table.name().equals(COUNTRIES) && !table.name().equals(ITEMS)) {
            foreignKey(foreignKeys, table, TableBuilder.COUNTRY, COUNTRIES, codes);
            foreignKey(foreignKeys, table, itemColumn(table.name()), ITEMS, codes);
        }
        if (!foreignKeys.isEmpty()) {
            schema.set("foreignKeys", foreignKeys);
        }
        return schema;
    }

    private ObjectNode field(String table, Column column, Map<String, List<String>> codes) {
        ObjectNode field = JsonNodeFactory.instance.objectNode();
        field.put("name", column.name());
        putIfText(field, "description", columnDescription(table, column));
        switch (column.type()) {
            case TEXT -> field.put("type", "string");
            case INTEGER -> field.put("type", "integer");
            case DECIMAL, SHARE -> field.put("type", "number");
            case BOOLEAN -> field.put("type", "boolean");
            case STATUS -> field.put("type", "string");
            case DATE -> field.put("type", "date").put("format", "default");
            case TIMESTAMP -> field.put("type", "datetime").put("format", "any");
        }
        List<String> allowed = column.type() == ColumnType.STATUS ? Arrays.stream(Status.values()).map(Status::name).toList()
                : codes.get(codeList(table, column.name()));
        boolean key = PRIMARY_KEYS.getOrDefault(table, List.of()).contains(column.name());
        if (key || allowed != null && !allowed.isEmpty()) {
            ObjectNode constraints = field.putObject("constraints");
            if (key) {
                constraints.put("required", true);
            }
            if (allowed != null && !allowed.isEmpty()) {
                allowed.forEach(constraints.putArray("enum")::add);
            }
        }
        return field;
    }

    /** Which list of codes a column's values come from, if any. */
    private static String codeList(String table, String column) {
        if (table.equals(COUNTRIES) || table.equals(ITEMS)) {
            return null;
        }
        if (column.equals(TableBuilder.COUNTRY)) {
            return COUNTRIES;
        }
        if (column.equals(itemColumn(table))) {
            return ITEMS;
        }
        return column.equals(TableBuilder.PHASE) || column.equals("language") ? column : null;
    }

    private static void foreignKey(ArrayNode keys, Table table, String column, String reference, Map<String, List<String>> codes) {
        boolean hasColumn = table.columns().stream().anyMatch(c -> c.name().equals(column));
        if (hasColumn && codes.containsKey(reference)) {
            ObjectNode key = keys.addObject();
            key.put("fields", column);
            key.putObject("reference").put("resource", reference).put("fields", "code");
        }
    }

    private static String itemColumn(String table) {
        return ITEM_COLUMN.getOrDefault(table, "indicator");
    }

    private static void collect(Table table, List<String> columns, Map<String, List<Object>> into) {
        List<Integer> at = new ArrayList<>();
        for (String column : columns) {
            if (table.columns().stream().noneMatch(c -> c.name().equals(column))) {
                return;
            }
            at.add(table.columnIndex(column));
        }
        for (List<Object> row : table.rows()) {
            Object code = row.get(at.get(0));
            if (code != null && !into.containsKey((String) code)) {
                into.put((String) code, at.stream().map(row::get).toList());
            }
        }
    }

    private Table reference(String name, List<String> columns, Map<String, List<Object>> rows) {
        List<Column> declared = columns.stream()
                .map(c -> new Column(c, ColumnType.TEXT, messages.text("column." + name + "." + c))).toList();
        List<List<Object>> sorted = rows.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList();
        return new Table(name, messages.text("table." + name + ".title"), messages.text("table." + name + ".description"), declared, sorted);
    }

    private String title(Table table) {
        return table.title().isBlank() ? messages.text("table." + table.name() + ".title") : table.title();
    }

    private String description(Table table) {
        return table.description().isBlank() && messages.has("table." + table.name() + ".description")
                ? messages.text("table." + table.name() + ".description") : table.description();
    }

    private String columnDescription(String table, Column column) {
        String own = "column." + table + "." + column.name();
        return column.description().isBlank() && messages.has(own) ? messages.text(own) : column.description();
    }

    private static void putIfText(ObjectNode node, String key, String text) {
        if (!Objects.requireNonNullElse(text, "").isBlank()) {
            node.put(key, text);
        }
    }
}
