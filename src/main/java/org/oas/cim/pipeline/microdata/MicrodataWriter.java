package org.oas.cim.pipeline.microdata;

import org.oas.cim.pipeline.codebook.Codebook;
import org.oas.cim.pipeline.publish.CellText;
import org.oas.cim.pipeline.publish.ColumnType;
import org.oas.cim.pipeline.publish.CsvTableWriter;
import org.oas.cim.pipeline.publish.Messages;
import org.oas.cim.pipeline.publish.SafeCsvWriter;
import org.oas.cim.pipeline.study.Phase;
import org.springframework.stereotype.Component;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Writes a phase's microdata into {@code out/restricted/<phase>/}: {@code answers.csv} (one row per current
 * respondent, UTF-8, no byte-order mark), its Table Schema {@code answers.json}, and {@code answers.R},
 * {@code answers.sps} and {@code answers.do}, which load it into R, SPSS (or PSPP) and Stata with variable and
 * value labels in the output language.
 */
@Component
public class MicrodataWriter {
    static final String CSV = "answers.csv";

    private final MicrodataStore store;
    private final Codebook codebook;

    MicrodataWriter(MicrodataStore store, Codebook codebook) {
        this.store = store;
        this.codebook = codebook;
    }

    /** @return the folder written */
    public Path publish(Path outDir, Phase phase, String language) throws IOException {
        Path dir = Files.createDirectories(outDir.resolve("restricted").resolve(phase.id()));
        List<Variable> variables = new Variables(codebook, language).of(phase, store);
        writeCsv(dir, phase, variables);
        Messages messages = Messages.of(language);
        String title = messages.text("microdata.title", phase.id());
        LoaderScripts scripts = new LoaderScripts(variables, title);
        Files.writeString(dir.resolve("answers.json"), schema(variables, title), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("answers.R"), scripts.r(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("answers.sps"), scripts.spss(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("answers.do"), scripts.stata(), StandardCharsets.UTF_8);
        return dir;
    }

    /** Written beside the final name and moved over it, so that a reader never sees half a file. */
    private void writeCsv(Path dir, Phase phase, List<Variable> variables) throws IOException {
        Path partial = dir.resolve("." + CSV + ".partial");
        try (SafeCsvWriter csv = SafeCsvWriter.open(Files.newOutputStream(partial), false, CsvTableWriter.LINE_END)) {
            csv.row(variables.stream().map(Variable::name).toArray(String[]::new));
            String[] cells = new String[variables.size()];
            store.forEachRespondent(phase.id(), respondent -> {
                for (int i = 0; i < cells.length; i++) {
                    Variable variable = variables.get(i);
                    cells[i] = CellText.of(variable.type(), variable.value().apply(respondent));
                }
                csv.row(cells);
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Files.move(partial, dir.resolve(CSV), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The Table Schema of answers.csv; value labels as {@code categories}, as version 2 of the specification has them. */
    private static String schema(List<Variable> variables, String title) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode schema = json.objectNode();
        schema.put("title", title);
        ArrayNode fields = schema.putArray("fields");
        for (Variable variable : variables) {
            ObjectNode field = fields.addObject();
            field.put("name", variable.name());
            field.put("description", variable.label());
            field.put("type", switch (variable.type()) {
                case INTEGER -> "integer";
                case DATE -> "date";
                default -> "string";
            });
            if (variable.coded()) {
                ArrayNode allowed = field.putObject("constraints").putArray("enum");
                ArrayNode categories = field.putArray("categories");
                variable.valueLabels().forEach((code, label) -> {
                    if (variable.type() == ColumnType.INTEGER) {
                        allowed.add(Long.parseLong(code));
                        categories.addObject().put("value", Long.parseLong(code)).put("label", label);
                    } else {
                        allowed.add(code);
                        categories.addObject().put("value", code).put("label", label);
                    }
                });
            }
        }
        schema.putArray("missingValues").add("");
        return JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(schema) + "\n";
    }
}
