package org.oas.cim.pipeline.normalize;

import org.oas.cim.pipeline.codebook.JobsFolder;
import org.oas.cim.pipeline.codebook.JobsProblem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The words of the value grammar (src/site/markdown/protocol/inputs.md, "Values"): missing and don't-know words, yes
 * and no, the words of estimates and dates, other-prefixes and separators, as {@code jobs/reference/vocabulary.csv}
 * lists them ({@code kind,word,language}). A researcher's new spelling is a line there, not a code change. Kinds that
 * carry a value write it after a colon: {@code magnitude:100-999}, {@code multiplier:1000}, {@code month:3};
 * {@code plausible_years} holds the study's date range as its word ({@code 1995-2010}).
 */
public final class Vocabulary {
    public static final String FILE = "reference/vocabulary.csv";

    /** What a word means. */
    public enum Kind {
        MISSING, UNKNOWN, YES, NO,
        APPROXIMATE, AT_LEAST, AT_LEAST_SUFFIX, AT_MOST, RANGE_CONNECTOR, RANGE_OPENER, MAGNITUDE, MULTIPLIER,
        OTHER, SEPARATOR, MONTH, DATE_FILLER, PLAUSIBLE_YEARS;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Kind fromId(String id) {
            return Arrays.stream(values()).filter(k -> k.id().equals(id)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown vocabulary kind " + id));
        }
    }

    /**
     * One line of the vocabulary.
     *
     * @param parameter what follows the colon in the kind ({@code 100-999}, {@code 1000}, {@code 3}), else empty
     */
    public record Word(Kind kind, String word, String language, String parameter) {
    }

    /** An inclusive range of whole numbers: a magnitude word's interval, the plausible years. */
    public record Bounds(long low, long high) {
        static Bounds parse(String text) {
            String[] parts = text.trim().split("\\s*-\\s*");
            if (parts.length != 2) {
                throw new IllegalArgumentException("expected low-high, found " + text);
            }
            Bounds bounds = new Bounds(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
            if (bounds.low() > bounds.high()) {
                throw new IllegalArgumentException("low above high in " + text);
            }
            return bounds;
        }

        public boolean contains(long value) {
            return value >= low && value <= high;
        }
    }

    private final Map<Kind, List<Word>> words = new EnumMap<>(Kind.class);
    private final Map<Kind, Map<String, Word>> byKey = new EnumMap<>(Kind.class);
    private final Bounds plausibleYears;

    public Vocabulary(List<Word> lines) {
        for (Kind kind : Kind.values()) {
            words.put(kind, new ArrayList<>());
            byKey.put(kind, new HashMap<>());
        }
        for (Word word : lines) {
            words.get(word.kind()).add(word);
            Word earlier = byKey.get(word.kind()).putIfAbsent(key(word.word()), word);
            if (earlier != null && !earlier.parameter().equals(word.parameter())) {
                throw new IllegalArgumentException("vocabulary word '" + word.word() + "' is both "
                        + word.kind().id() + ":" + earlier.parameter() + " and " + word.kind().id() + ":" + word.parameter());
            }
        }
        List<Word> years = words.get(Kind.PLAUSIBLE_YEARS);
        if (years.size() != 1) {
            throw new IllegalArgumentException("the vocabulary needs exactly one plausible_years line, found " + years.size());
        }
        plausibleYears = Bounds.parse(years.get(0).word());
        words.replaceAll((kind, list) -> List.copyOf(list));
    }

    /** Reads {@code reference/vocabulary.csv} under the jobs folder. */
    public static Vocabulary load(Path jobsDir) {
        return load(JobsFolder.at(jobsDir));
    }

    /** Reads {@code reference/vocabulary.csv} of a jobs folder; a line it cannot take is a {@link JobsProblem}. */
    public static Vocabulary load(JobsFolder jobs) {
        String file = jobs.name(FILE);
        List<Word> lines = new ArrayList<>();
        for (JobsFolder.CsvRow row : jobs.readCsv(FILE)) {
            String kind = row.getOrDefault("kind", "");
            String word = row.getOrDefault("word", "");
            if (kind.isBlank() || word.isEmpty()) {
                continue;
            }
            lines.add(word(kind, word, row.getOrDefault("language", ""), row.line(), file));
        }
        try {
            return new Vocabulary(lines);
        } catch (IllegalArgumentException e) {
            throw new JobsProblem(file, 0, e.getMessage(), e);
        }
    }

    private static Word word(String kindCell, String wordCell, String language, long line, String file) {
        String[] kind = kindCell.trim().split(":", 2);
        String parameter = kind.length > 1 ? kind[1].trim() : "";
        try {
            Word word = new Word(Kind.fromId(kind[0].trim()), wordCell.trim(), language.trim(), parameter);
            switch (word.kind()) {
                case MAGNITUDE -> Bounds.parse(parameter);
                case MULTIPLIER -> Long.parseLong(parameter);
                case MONTH -> {
                    int month = Integer.parseInt(parameter);
                    if (month < 1 || month > 12) {
                        throw new IllegalArgumentException("no month " + month);
                    }
                }
                default -> {
                    if (!parameter.isEmpty()) {
                        throw new IllegalArgumentException("kind " + word.kind().id() + " takes no value");
                    }
                }
            }
            return word;
        } catch (IllegalArgumentException e) {
            throw new JobsProblem(file, line, e.getMessage(), e);
        }
    }

    /**
     * How a word or a cell is compared: its {@link TextKey}, or, for text that is only symbols
     * ({@code -}, {@code ?}, {@code ✓}, {@code >}), the symbols themselves.
     */
    public static String key(String text) {
        String key = TextKey.of(text);
        return key.isEmpty() ? TextKey.clean(text) : key;
    }

    /** The words of a kind, in file order. */
    public List<Word> words(Kind kind) {
        return words.get(kind);
    }

    /** Whether the whole text is a word of that kind. */
    public boolean is(Kind kind, String text) {
        return byKey.get(kind).containsKey(key(text));
    }

    /** Blank, or a missing word ({@code -}, {@code n/a}, {@code sin dato}): no answer. */
    public boolean isMissing(String text) {
        return text == null || text.isBlank() || is(Kind.MISSING, text);
    }

    /** A don't-know word ({@code no sabe}, {@code NS/NR}, {@code ?}). */
    public boolean isUnknown(String text) {
        return is(Kind.UNKNOWN, text);
    }

    /** True for a yes word, false for a no word, else empty. */
    public Optional<Boolean> yesNo(String text) {
        if (is(Kind.YES, text)) {
            return Optional.of(true);
        }
        return is(Kind.NO, text) ? Optional.of(false) : Optional.empty();
    }

    /** The month (1-12) a month name or abbreviation means. */
    public OptionalInt month(String word) {
        Word w = byKey.get(Kind.MONTH).get(key(word));
        return w == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(w.parameter()));
    }

    /** The interval a word for an order of magnitude means ({@code cientos}: 100 to 999). */
    public Optional<Bounds> magnitude(String word) {
        return Optional.ofNullable(byKey.get(Kind.MAGNITUDE).get(key(word))).map(w -> Bounds.parse(w.parameter()));
    }

    /** The factor a number word means ({@code mil}: 1000). */
    public OptionalLong multiplier(String word) {
        Word w = byKey.get(Kind.MULTIPLIER).get(key(word));
        return w == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(w.parameter()));
    }

    /**
     * For {@code Other: <text>} (or {@code Otro (especifique): <text>}), the text after the colon, cleaned
     * (possibly empty); empty when the text does not start with an other-prefix.
     */
    public Optional<String> otherNote(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String head = TextKey.of(text.substring(0, colon));
        boolean other = !head.isEmpty() && byKey.get(Kind.OTHER).keySet().stream()
                .anyMatch(prefix -> head.equals(prefix) || head.startsWith(prefix + " "));
        return other ? Optional.of(TextKey.clean(text.substring(colon + 1))) : Optional.empty();
    }

    /** The years a date may fall in without a warning. */
    public Bounds plausibleYears() {
        return plausibleYears;
    }
}
