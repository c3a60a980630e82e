package org.oas.cim.pipeline.codebook;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvValidationException;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the codebooks under {@code jobs/}: {@code codebooks/instruments.csv} (id, stage), one XLSForm-style
 * survey table per instrument ({@code codebooks/<id>.csv}), the shared {@code codebooks/choices.csv}, and
 * {@code reference/countries.csv}.
 */
public final class CodebookLoader {
    private static final Pattern LABEL_COLUMN = Pattern.compile("label::.*\\((\\w+)\\)");
    private static final Pattern NAME_COLUMN = Pattern.compile("name::(\\w+)");

    private CodebookLoader() {
    }

    public static Codebook load(Path jobsDir) {
        Path codebooks = jobsDir.resolve("codebooks");
        List<Instrument> instruments = new ArrayList<>();
        List<String> languages = new ArrayList<>();
        for (Map<String, String> row : readCsv(codebooks.resolve("instruments.csv"))) {
            String id = row.get("id");
            List<Map<String, String>> survey = readCsv(codebooks.resolve(id + ".csv"));
            if (languages.isEmpty() && !survey.isEmpty()) {
                languages.addAll(languagesOf(survey.get(0).keySet(), LABEL_COLUMN));
            }
            instruments.add(new Instrument(id, Integer.parseInt(row.get("stage").trim()),
                    RuleReader.items(codebooks.resolve(id + ".csv"), survey, CodebookLoader::item)));
        }
        return new Codebook(instruments, choiceLists(readCsv(codebooks.resolve("choices.csv"))),
                countries(readCsv(jobsDir.resolve("reference").resolve("countries.csv"))), languages);
    }

    private static Item item(Map<String, String> row, ItemRules rules) {
        String[] type = row.get("type").trim().split("\\s+");
        return new Item(row.get("code").trim(), row.get("name").trim(), ItemType.parse(type[0]),
                type.length > 1 ? type[1] : null, row.getOrDefault("section", "").trim(),
                blankToNull(row.get("role")),
                byLanguage(row, LABEL_COLUMN), split(row.get("aliases")),
                flag(row.get("pii")), flag(row.get("sensitive")), rules);
    }

    private static List<ChoiceList> choiceLists(List<Map<String, String>> rows) {
        Map<String, List<Choice>> choices = new LinkedHashMap<>();
        Map<String, Boolean> ordinal = new LinkedHashMap<>();
        for (Map<String, String> row : rows) {
            String list = row.get("list_name").trim();
            List<Choice> listChoices = choices.computeIfAbsent(list, k -> new ArrayList<>());
            listChoices.add(new Choice(row.get("name").trim(), byLanguage(row, LABEL_COLUMN), split(row.get("aliases")), listChoices.size()));
            ordinal.merge(list, flag(row.get("ordinal")), Boolean::logicalOr);
        }
        return choices.entrySet().stream().map(e -> new ChoiceList(e.getKey(), ordinal.get(e.getKey()), e.getValue())).toList();
    }

    private static List<Country> countries(List<Map<String, String>> rows) {
        return rows.stream().map(row -> new Country(row.get("alpha2").trim(), row.get("alpha3").trim(),
                byLanguage(row, NAME_COLUMN), split(row.get("aliases")), blankToNull(row.get("counted_as")))).toList();
    }

    static Map<String, String> byLanguage(Map<String, String> row, Pattern column) {
        Map<String, String> labels = new LinkedHashMap<>();
        row.forEach((header, value) -> {
            Matcher m = column.matcher(header.trim());
            if (m.matches() && value != null && !value.isBlank()) {
                labels.put(m.group(1), value.trim());
            }
        });
        return labels;
    }

    private static List<String> languagesOf(Iterable<String> headers, Pattern column) {
        List<String> languages = new ArrayList<>();
        for (String header : headers) {
            Matcher m = column.matcher(header.trim());
            if (m.matches()) {
                languages.add(m.group(1));
            }
        }
        return languages;
    }

    /** Aliases are separated by {@code |} in one cell. */
    private static List<String> split(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static boolean flag(String cell) {
        return cell != null && List.of("yes", "true", "1", "x").contains(cell.trim().toLowerCase());
    }

    private static String blankToNull(String cell) {
        return cell == null || cell.isBlank() ? null : cell.trim();
    }

    /** Reads a UTF-8 CSV with a header row into maps that keep the header order. */
    static List<Map<String, String>> readCsv(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVReader csv = new CSVReader(in)) {
            String[] header = csv.readNext();
            List<Map<String, String>> rows = new ArrayList<>();
            if (header == null) {
                return rows;
            }
            header[0] = header[0].replace("\uFEFF", "");
            for (String[] cells = csv.readNext(); cells != null; cells = csv.readNext()) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i].trim(), i < cells.length ? cells[i] : "");
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (CsvValidationException e) {
            throw new IllegalStateException("malformed CSV " + file + ": " + e.getMessage(), e);
        }
    }
}
