package org.oas.cim.pipeline.codebook;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
        return load(JobsFolder.at(jobsDir));
    }

    /**
     * @throws JobsProblem where a file is missing or malformed, a stage or type is not understood, an item names a
     *                     choice list {@code choices.csv} does not define, or a country counts as one the list lacks
     */
    public static Codebook load(JobsFolder jobs) {
        List<Instrument> instruments = new ArrayList<>();
        List<String> languages = new ArrayList<>();
        List<ChoiceList> lists = choiceLists(jobs.readCsv(JobsFolder.CHOICES));
        Set<String> listNames = lists.stream().map(ChoiceList::name).collect(Collectors.toSet());
        listNames.add(Codebook.COUNTRY_LIST);
        for (JobsFolder.CsvRow row : jobs.readCsv(JobsFolder.INSTRUMENTS)) {
            String id = required(jobs, JobsFolder.INSTRUMENTS, row, "id");
            String file = JobsFolder.instrumentFile(id);
            List<JobsFolder.CsvRow> survey = jobs.readCsv(file);
            if (languages.isEmpty() && !survey.isEmpty()) {
                languages.addAll(languagesOf(survey.get(0).cells().keySet(), LABEL_COLUMN));
            }
            instruments.add(new Instrument(id, stage(jobs, row),
                    RuleReader.items(jobs.name(file), survey, (itemRow, rules) -> item(jobs, file, itemRow, listNames, rules))));
        }
        return new Codebook(instruments, lists, countries(jobs), languages);
    }

    private static int stage(JobsFolder jobs, JobsFolder.CsvRow row) {
        String stage = required(jobs, JobsFolder.INSTRUMENTS, row, "stage");
        try {
            return Integer.parseInt(stage);
        } catch (NumberFormatException e) {
            throw new JobsProblem(jobs.name(JobsFolder.INSTRUMENTS), row.line(), "the stage must be 1 or 2, was '" + stage + "'", e);
        }
    }

    private static Item item(JobsFolder jobs, String file, JobsFolder.CsvRow row, Set<String> listNames, ItemRules rules) {
        String[] type = required(jobs, file, row, "type").split("\\s+");
        ItemType itemType;
        try {
            itemType = ItemType.parse(type[0]);
        } catch (IllegalArgumentException e) {
            throw new JobsProblem(jobs.name(file), row.line(), "unknown item type '" + type[0] + "'", e);
        }
        String list = type.length > 1 ? type[1] : null;
        if (itemType.hasChoices() && (list == null || !listNames.contains(list))) {
            throw new JobsProblem(jobs.name(file), row.line(), list == null ? itemType.name().toLowerCase(Locale.ROOT) + " needs a choice list after it"
                    : "the choice list '" + list + "' is not defined in " + JobsFolder.CHOICES);
        }
        Map<String, String> cells = row.cells();
        return new Item(required(jobs, file, row, "code"), required(jobs, file, row, "name"), itemType,
                list, cells.getOrDefault("section", "").trim(),
                blankToNull(cells.get("role")),
                byLanguage(cells, LABEL_COLUMN), split(cells.get("aliases")),
                flag(cells.get("pii")), flag(cells.get("sensitive")), rules);
    }

    private static List<ChoiceList> choiceLists(List<JobsFolder.CsvRow> rows) {
        Map<String, List<Choice>> choices = new LinkedHashMap<>();
        Map<String, Boolean> ordinal = new LinkedHashMap<>();
        for (JobsFolder.CsvRow csvRow : rows) {
            Map<String, String> row = csvRow.cells();
            String list = row.get("list_name").trim();
            List<Choice> listChoices = choices.computeIfAbsent(list, k -> new ArrayList<>());
            listChoices.add(new Choice(row.get("name").trim(), byLanguage(row, LABEL_COLUMN), split(row.get("aliases")), listChoices.size()));
            ordinal.merge(list, flag(row.get("ordinal")), Boolean::logicalOr);
        }
        return choices.entrySet().stream().map(e -> new ChoiceList(e.getKey(), ordinal.get(e.getKey()), e.getValue())).toList();
    }

    private static List<Country> countries(JobsFolder jobs) {
        List<JobsFolder.CsvRow> rows = jobs.readCsv(JobsFolder.COUNTRIES);
        Set<String> codes = new HashSet<>();
        List<Country> countries = new ArrayList<>();
        for (JobsFolder.CsvRow row : rows) {
            String alpha2 = required(jobs, JobsFolder.COUNTRIES, row, "alpha2");
            codes.add(alpha2);
            countries.add(new Country(alpha2, row.getOrDefault("alpha3", "").trim(),
                    byLanguage(row.cells(), NAME_COLUMN), split(row.get("aliases")), blankToNull(row.get("counted_as"))));
        }
        for (int i = 0; i < countries.size(); i++) {
            String countedAs = countries.get(i).countedAs();
            if (countedAs != null && !codes.contains(countedAs)) {
                throw new JobsProblem(jobs.name(JobsFolder.COUNTRIES), rows.get(i).line(),
                        "counted_as names the country code '" + countedAs + "', which the list does not have");
            }
        }
        return countries;
    }

    /** A cell that must not be blank, trimmed. */
    private static String required(JobsFolder jobs, String file, JobsFolder.CsvRow row, String column) {
        String cell = row.get(column);
        if (cell == null || cell.isBlank()) {
            throw new JobsProblem(jobs.name(file), row.line(), cell == null ? "no column '" + column + "'" : "the " + column + " is empty");
        }
        return cell.trim();
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
}
