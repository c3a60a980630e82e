package org.oas.cim.pipeline.publish;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.opencsv.CSVReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Checks descriptors against the Frictionless specifications' JSON Schemas (test resources under
 * {@code frictionless/}) and CSV files against their own Table Schema: header, types, enums, required cells,
 * primary keys and foreign keys.
 */
public final class Frictionless {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);

    private Frictionless() {
    }

    public static JsonNode read(Path json) throws IOException {
        return JSON.readTree(Files.readString(json, StandardCharsets.UTF_8));
    }

    /** The descriptor is a valid Tabular Data Package, and every resource's CSV file fits its schema. */
    public static JsonNode checkPackage(Path folder) throws IOException {
        JsonNode descriptor = read(folder.resolve("datapackage.json"));
        assertValid("tabular-data-package.json", descriptor);
        Map<String, Map<String, Set<String>>> values = new HashMap<>();
        for (JsonNode resource : descriptor.get("resources")) {
            values.put(resource.get("name").asString(), checkCsv(folder.resolve(resource.get("path").asString()), resource.get("schema")));
        }
        for (JsonNode resource : descriptor.get("resources")) {
            JsonNode keys = resource.get("schema").get("foreignKeys");
            for (JsonNode key : keys == null ? List.<JsonNode>of() : keys) {
                String field = key.get("fields").asString();
                Map<String, Set<String>> referenced = values.get(key.get("reference").get("resource").asString());
                assertThat(referenced).as("resource %s referenced by %s", key.get("reference"), resource.get("name")).isNotNull();
                assertThat(referenced.get(key.get("reference").get("fields").asString()))
                        .as("%s.%s points to existing rows", resource.get("name").asString(), field)
                        .containsAll(values.get(resource.get("name").asString()).get(field));
            }
        }
        return descriptor;
    }

    /** The schema is a valid Table Schema. */
    public static void checkTableSchema(JsonNode schema) {
        assertValid("table-schema.json", schema);
    }

    private static void assertValid(String profile, JsonNode descriptor) {
        Schema schema = REGISTRY.getSchema(SchemaLocation.of("classpath:frictionless/" + profile));
        List<Error> errors = schema.validate(descriptor);
        assertThat(errors).as("%s errors", profile).isEmpty();
    }

    /**
     * Every row of a CSV file fits the schema.
     *
     * @return every field's non-missing values, for foreign keys
     */
    public static Map<String, Set<String>> checkCsv(Path csv, JsonNode schema) throws IOException {
        List<JsonNode> fields = new ArrayList<>();
        schema.get("fields").forEach(fields::add);
        Set<String> missing = new HashSet<>();
        schema.get("missingValues").forEach(m -> missing.add(m.asString()));
        List<String> primaryKey = new ArrayList<>();
        if (schema.has("primaryKey")) {
            schema.get("primaryKey").forEach(k -> primaryKey.add(k.asString()));
        }
        Map<String, Set<String>> values = new HashMap<>();
        Set<List<String>> keys = new HashSet<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8); CSVReader reader = new CSVReader(in)) {
            String[] header = reader.readNext();
            header[0] = header[0].replace("\uFEFF", "");
            assertThat(header).as("%s header", csv.getFileName()).containsExactly(fields.stream().map(f -> f.get("name").asString()).toArray(String[]::new));
            for (String[] row = reader.readNext(); row != null; row = reader.readNext()) {
                assertThat(row).as("%s line %d", csv.getFileName(), reader.getLinesRead()).hasSameSizeAs(header);
                List<String> key = new ArrayList<>();
                for (int i = 0; i < row.length; i++) {
                    JsonNode field = fields.get(i);
                    String name = field.get("name").asString();
                    String where = csv.getFileName() + " line " + reader.getLinesRead() + " " + name + "='" + row[i] + "'";
                    boolean isMissing = missing.contains(row[i]);
                    JsonNode constraints = field.get("constraints");
                    if (isMissing) {
                        assertThat(primaryKey.contains(name) || constraints != null && constraints.path("required").asBoolean(false))
                                .as(where + " is required").isFalse();
                        continue;
                    }
                    checkType(field.path("type").asString("string"), row[i], where);
                    if (constraints != null && constraints.has("enum")) {
                        List<String> allowed = new ArrayList<>();
                        constraints.get("enum").forEach(v -> allowed.add(v.asString()));
                        assertThat(allowed).as(where + " in enum").contains(row[i]);
                    }
                    values.computeIfAbsent(name, n -> new HashSet<>()).add(row[i]);
                    if (primaryKey.contains(name)) {
                        key.add(row[i]);
                    }
                }
                if (!primaryKey.isEmpty()) {
                    assertThat(keys.add(key)).as("%s primary key %s unique", csv.getFileName(), key).isTrue();
                }
            }
        } catch (com.opencsv.exceptions.CsvValidationException e) {
            fail(csv + " is not valid CSV", e);
        }
        for (JsonNode field : fields) {
            values.computeIfAbsent(field.get("name").asString(), n -> new HashSet<>());
        }
        return values;
    }

    private static void checkType(String type, String cell, String where) {
        try {
            switch (type) {
                case "integer" -> Long.parseLong(cell);
                case "number" -> assertThat(new BigDecimal(cell).toPlainString()).as(where).isEqualTo(cell);
                case "boolean" -> assertThat(cell).as(where).isIn("true", "false");
                case "date" -> LocalDate.parse(cell);
                case "datetime" -> Instant.parse(cell);
                case "string" -> { }
                default -> fail(where + ": type " + type + " not expected here");
            }
        } catch (RuntimeException e) {
            fail(where + " is not a " + type + ": " + e.getMessage());
        }
    }
}
