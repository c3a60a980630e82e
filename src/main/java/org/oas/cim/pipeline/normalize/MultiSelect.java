package org.oas.cim.pipeline.normalize;

import org.oas.cim.pipeline.codebook.ChoiceList;
import org.oas.cim.pipeline.codebook.Item;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A select_multiple cell: whole known labels first (a label may hold a separator: {@code Niñas y niños
 * menores de 12 años}), then the parts between separators ({@code ;} {@code |} line breaks, {@code ,}
 * {@code /}, the vocabulary's separator words), then codes or labels written one after another with spaces
 * (Kobo: {@code prostitution sex_tourism}), then a close fuzzy match. {@code Other: <text>} runs to the next
 * {@code ;}, {@code |} or line break. The parts that name nothing make one problem for the cell, which names them
 * all: the cell's other parts are kept.
 */
final class MultiSelect {
    /** Parts a merged label may span: longer labels than this do not occur. */
    private static final int MAX_PARTS_PER_LABEL = 8;
    private static final String STRONG = "strong";

    private record Span(int start, int end, int segment) {
    }

    private final Vocabulary vocabulary;
    private final Pattern separators;

    MultiSelect(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        String words = vocabulary.words(Vocabulary.Kind.SEPARATOR).stream()
                .map(w -> Pattern.quote(w.word())).distinct().collect(Collectors.joining("|"));
        String wordSeparators = words.isEmpty() ? "" : "|\\s+(?:" + words + ")\\s+";
        this.separators = Pattern.compile("(?<" + STRONG + ">\\s*[;|\\r\\n][\\s;|]*)|\\s*[,/]\\s*" + wordSeparators,
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    Normalized parse(Item item, Options options, String text) {
        Optional<String> whole = options.exact(text);
        if (whole.isPresent()) {
            return result(item, options, Set.of(whole.get()), List.of(), List.of(), false);
        }
        List<Span> spans = split(text);
        Set<String> codes = new LinkedHashSet<>();
        List<String> notes = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Set<String> unknownParts = new LinkedHashSet<>();
        boolean unknownSeen = false;
        int i = 0;
        while (i < spans.size()) {
            Span span = spans.get(i);
            int segmentEnd = lastOfSegment(spans, i);
            Optional<String> note = options.otherCode().isPresent()
                    ? vocabulary.otherNote(text.substring(span.start(), spans.get(segmentEnd).end())) : Optional.empty();
            String part = text.substring(span.start(), span.end());
            if (note.isPresent()) {
                codes.add(options.otherCode().get());
                if (!note.get().isEmpty()) {
                    notes.add(note.get());
                }
                i = segmentEnd + 1;
            } else if (vocabulary.isMissing(part)) {
                i++;
            } else if (vocabulary.isUnknown(part)) {
                unknownSeen = true;
                i++;
            } else {
                i = take(item, options, text, spans, i, segmentEnd, codes, problems, unknownParts) + 1;
            }
        }
        if (!unknownParts.isEmpty()) {
            problems.add(options.unknown(item, String.join("; ", unknownParts)));
        }
        return result(item, options, codes, notes, problems, unknownSeen);
    }

    /**
     * Takes the part at {@code i} (perhaps merged with the parts after it), or adds it to {@code unknownParts}; returns
     * the last part taken.
     */
    private int take(Item item, Options options, String text, List<Span> spans, int i, int segmentEnd,
                     Set<String> codes, List<Problem> problems, Set<String> unknownParts) {
        int last = Math.min(segmentEnd, i + MAX_PARTS_PER_LABEL - 1);
        for (int j = last; j >= i; j--) {
            Optional<String> code = options.exact(between(text, spans, i, j));
            if (code.isPresent()) {
                codes.add(code.get());
                return j;
            }
        }
        String part = between(text, spans, i, i);
        Optional<List<String>> run = run(options, part);
        if (run.isPresent()) {
            codes.addAll(run.get());
            return i;
        }
        for (int j = last; j >= i; j--) {
            String merged = between(text, spans, i, j);
            Optional<String> code = options.fuzzy(merged);
            if (code.isPresent()) {
                codes.add(code.get());
                problems.add(Problems.fuzzy(item, merged, code.get()));
                return j;
            }
        }
        unknownParts.add(part.strip());
        return i;
    }

    /** Codes or labels one after another with spaces: every word must belong to one, longest first. */
    private static Optional<List<String>> run(Options options, String part) {
        String[] words = part.trim().split("\\s+");
        List<String> codes = new ArrayList<>();
        int from = 0;
        while (from < words.length) {
            int to = words.length;
            Optional<String> code = options.exact(String.join(" ", List.of(words).subList(from, to)));
            while (code.isEmpty() && --to > from) {
                code = options.exact(String.join(" ", List.of(words).subList(from, to)));
            }
            if (code.isEmpty()) {
                return Optional.empty();
            }
            codes.add(code.get());
            from = to;
        }
        return codes.size() > 1 ? Optional.of(codes) : Optional.empty();
    }

    private static Normalized result(Item item, Options options, Set<String> found, List<String> notes,
                                     List<Problem> problems, boolean unknownSeen) {
        List<String> codes = found.stream().filter(c -> !c.equals(ChoiceList.UNKNOWN))
                .sorted(Comparator.comparingInt(options::rank)).toList();
        if (codes.isEmpty()) {
            boolean unknown = found.contains(ChoiceList.UNKNOWN) || unknownSeen;
            return new Normalized(unknown && problems.isEmpty() ? new Value.Unknown() : new Value.Missing(), problems);
        }
        String note = item.pii() || notes.isEmpty() ? null : String.join("; ", notes);
        return new Normalized(new Value.Codes(codes, note), problems);
    }

    private List<Span> split(String text) {
        List<Span> spans = new ArrayList<>();
        Matcher m = separators.matcher(text);
        int start = 0;
        int segment = 0;
        while (m.find()) {
            add(spans, text, start, m.start(), segment);
            if (m.group(STRONG) != null) {
                segment++;
            }
            start = m.end();
        }
        add(spans, text, start, text.length(), segment);
        return spans;
    }

    private static void add(List<Span> spans, String text, int start, int end, int segment) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            spans.add(new Span(start, end, segment));
        }
    }

    private static int lastOfSegment(List<Span> spans, int i) {
        int j = i;
        while (j + 1 < spans.size() && spans.get(j + 1).segment() == spans.get(i).segment()) {
            j++;
        }
        return j;
    }

    private static String between(String text, List<Span> spans, int from, int to) {
        return text.substring(spans.get(from).start(), spans.get(to).end());
    }
}
