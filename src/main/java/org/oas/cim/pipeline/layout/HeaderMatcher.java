package org.oas.cim.pipeline.layout;

import org.oas.cim.pipeline.codebook.Choice;
import org.oas.cim.pipeline.codebook.Codebook;
import org.oas.cim.pipeline.codebook.Instrument;
import org.oas.cim.pipeline.codebook.Item;
import org.oas.cim.pipeline.codebook.ItemType;
import org.oas.cim.pipeline.normalize.TextKey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells what a header means, against the items of every instrument of the codebook, in the order
 * src/site/markdown/protocol/inputs.md ("Headers") fixes: survey-tool metadata and the phase column, then the item code
 * ({@code P1}, {@code P1.}, {@code P1 - label}), the item name ({@code trafficking_present}), a label or alias in any
 * language (as {@link TextKey keys}), and last a close {@link org.oas.cim.pipeline.normalize.Fuzzy fuzzy} match of a
 * label, flagged.
 *
 * <p>Group prefixes of survey tools ({@code grp_presence/P1}, {@code g1-P1}) are stripped. Per-choice columns of a
 * multi-select item are recognized as {@code P3/prostitution}, {@code P3_prostitution}, {@code P3___prostitution}
 * (REDCap), {@code P3. Formas de explotación: Prostitución} and {@code Formas de explotación observadas [Prostitución]};
 * a choice's alias written as the whole header is that choice's column too ({@code typeOfSexProstitution}, as case
 * records name theirs).
 */
public final class HeaderMatcher {
    /** An identifier-like group name before a dash ({@code g1-P1}, {@code grp_presence-P1}). */
    private static final Pattern DASH_GROUP = Pattern.compile("^[A-Za-z][A-Za-z0-9_]*-(\\S.*)$");
    private static final Pattern LEADING_JOINERS = Pattern.compile("^[_/]+");
    private static final Pattern LEADING_SEPARATORS = Pattern.compile("^[\\s.):\\-\u2013\u2014]+");
    /** Where a label ends and a choice label begins: the rightmost of these. */
    private static final List<String> CHOICE_SEPARATORS = List.of(":", " - ", " \u2013 ", " \u2014 ", "/");

    private record Identifier(String id, boolean code, Map<String, Item> items) {
    }

    private record MultiSelect(Set<String> labelKeys, Map<String, Item> items) {
        boolean labelled(String headKey) {
            return labelKeys.contains(headKey)
                    || headKey.contains(" ") && labelKeys.stream().anyMatch(k -> k.startsWith(headKey + " "));
        }
    }

    private record Split(String head, String tail) {
    }

    private final List<Identifier> identifiers = new ArrayList<>();
    private final Map<String, Map<String, Item>> labels = new LinkedHashMap<>();
    private final List<MultiSelect> multiSelects = new ArrayList<>();
    private final Map<String, HeaderMatch> choiceAliases = new LinkedHashMap<>();
    private final ChoiceResolver choices;
    private final FuzzyLabels fuzzyLabels;

    public HeaderMatcher(Codebook codebook) {
        this.choices = new ChoiceResolver(codebook);
        Map<String, Map<String, Item>> codes = new LinkedHashMap<>();
        Map<String, Map<String, Item>> names = new LinkedHashMap<>();
        Map<String, Set<String>> multiKeys = new LinkedHashMap<>();
        Map<String, Map<String, Item>> multiItems = new LinkedHashMap<>();
        for (Instrument instrument : codebook.instruments()) {
            for (Item item : instrument.items()) {
                codes.computeIfAbsent(item.code(), k -> new LinkedHashMap<>()).putIfAbsent(instrument.id(), item);
                names.computeIfAbsent(item.name(), k -> new LinkedHashMap<>()).putIfAbsent(instrument.id(), item);
                List<String> texts = new ArrayList<>(item.labels().values());
                texts.addAll(item.aliases());
                for (String text : texts) {
                    labels.computeIfAbsent(TextKey.of(text), k -> new LinkedHashMap<>()).putIfAbsent(instrument.id(), item);
                }
                if (item.type() == ItemType.SELECT_MULTIPLE) {
                    texts.forEach(text -> multiKeys.computeIfAbsent(item.code(), k -> new LinkedHashSet<>()).add(TextKey.of(text)));
                    multiItems.computeIfAbsent(item.code(), k -> new LinkedHashMap<>()).putIfAbsent(instrument.id(), item);
                    addChoiceAliases(codebook, instrument.id(), item);
                }
            }
        }
        labels.remove("");
        codes.forEach((code, items) -> identifiers.add(new Identifier(code, true, items)));
        names.forEach((name, items) -> identifiers.add(new Identifier(name, false, items)));
        // Longest first, so that country_role is tried before country.
        identifiers.sort(Comparator.comparingInt((Identifier i) -> -i.id().length()).thenComparing(Identifier::id));
        multiKeys.forEach((code, keys) -> multiSelects.add(new MultiSelect(keys, multiItems.get(code))));
        fuzzyLabels = new FuzzyLabels(labels);
    }

    /** What {@code header} means; {@link HeaderKind#NONE} for a blank header or one that matches nothing. */
    public HeaderMatch match(String header) {
        String text = TextKey.clean(header);
        if (text.isEmpty()) {
            return HeaderMatch.NONE;
        }
        HeaderKind tool = SurveyToolColumns.kindOf(text);
        if (tool != null) {
            return HeaderMatch.of(tool);
        }
        List<String> candidates = withoutGroupPrefixes(text);
        List<String> keys = candidates.stream().map(TextKey::of).toList();
        for (int i = 0; i < candidates.size(); i++) {
            if (SurveyToolColumns.isPhaseKey(keys.get(i))) {
                return HeaderMatch.of(HeaderKind.PHASE);
            }
            HeaderMatch exact = exact(candidates.get(i), keys.get(i));
            if (exact != null) {
                return exact;
            }
        }
        for (String key : keys) {
            Optional<Map<String, Item>> fuzzy = fuzzyLabels.closest(key);
            if (fuzzy.isPresent()) {
                return item(fuzzy.get()).asFuzzy();
            }
        }
        return HeaderMatch.NONE;
    }

    /**
     * A choice label under a multi-select item's header (a second header row under a merged title), as a
     * per-choice column of that item; null where {@code parent} is no multi-select item or the text no choice of it.
     */
    HeaderMatch choiceUnder(HeaderMatch parent, String text) {
        if (parent.kind() != HeaderKind.ITEM) {
            return null;
        }
        HeaderMatch choice = choice(parent.items(), TextKey.clean(text));
        return choice != null && parent.fuzzy() ? choice.asFuzzy() : choice;
    }

    /** The header itself, then what follows each {@code /} of a group path, then what follows a {@code g1-} group. */
    private static List<String> withoutGroupPrefixes(String text) {
        List<String> candidates = new ArrayList<>();
        candidates.add(text);
        for (int slash = text.indexOf('/'); slash >= 0 && slash < text.length() - 1; slash = text.indexOf('/', slash + 1)) {
            candidates.add(text.substring(slash + 1).trim());
        }
        var dashGroup = DASH_GROUP.matcher(text);
        if (dashGroup.matches()) {
            candidates.add(dashGroup.group(1));
        }
        return candidates;
    }

    private HeaderMatch exact(String text, String key) {
        HeaderMatch byIdentifier = byIdentifier(text);
        if (byIdentifier != null) {
            return byIdentifier;
        }
        Map<String, Item> items = labels.get(key);
        if (items != null) {
            return item(items);
        }
        HeaderMatch choiceAlias = choiceAliases.get(key);
        return choiceAlias != null ? choiceAlias : labelledChoice(text);
    }

    private void addChoiceAliases(Codebook codebook, String instrument, Item item) {
        if (Codebook.COUNTRY_LIST.equals(item.listName())) {
            return;
        }
        for (Choice choice : codebook.list(item.listName()).choices()) {
            for (String alias : choice.aliases()) {
                choiceAliases.putIfAbsent(TextKey.of(alias),
                        new HeaderMatch(HeaderKind.CHOICE_COLUMN, Map.of(instrument, item), choice.code(), false));
            }
        }
    }

    /** A code or a name at the start of the header, and what follows it: nothing, a choice, or label text. */
    private HeaderMatch byIdentifier(String text) {
        for (Identifier identifier : identifiers) {
            int length = identifier.id().length();
            if (!text.regionMatches(true, 0, identifier.id(), 0, length)) {
                continue;
            }
            String rest = text.substring(length);
            if (rest.isEmpty()) {
                return item(identifier.items());
            }
            char next = rest.charAt(0);
            if (Character.isLetterOrDigit(next)) {
                continue;
            }
            if (next == '_' || next == '/') {
                HeaderMatch choice = choice(identifier.items(), LEADING_JOINERS.matcher(rest).replaceFirst(""));
                if (choice != null) {
                    return choice;
                }
                continue;
            }
            String label = LEADING_SEPARATORS.matcher(rest).replaceFirst("").trim();
            if (label.isEmpty()) {
                return item(identifier.items());
            }
            if (!identifier.code()) {
                // A name is an identifier: label text after it means the header is something else.
                continue;
            }
            HeaderMatch choice = choice(identifier.items(), label);
            Split split = choice == null ? split(label) : null;
            if (split != null) {
                choice = choice(identifier.items(), split.tail());
            }
            return choice != null ? choice : item(identifier.items());
        }
        return null;
    }

    /** {@code Formas de explotación observadas: Prostitución}, with the label whole or cut short. */
    private HeaderMatch labelledChoice(String text) {
        Split split = split(text);
        if (split == null) {
            return null;
        }
        String headKey = TextKey.of(split.head());
        for (MultiSelect multiSelect : multiSelects) {
            if (!headKey.isEmpty() && multiSelect.labelled(headKey)) {
                HeaderMatch choice = choice(multiSelect.items(), split.tail());
                if (choice != null) {
                    return choice;
                }
            }
        }
        return null;
    }

    /** The per-choice column of the multi-select items among {@code items} whose choice {@code text} names. */
    private HeaderMatch choice(Map<String, Item> items, String text) {
        Map<String, Item> multiSelect = new LinkedHashMap<>();
        items.forEach((instrument, item) -> {
            if (item.type() == ItemType.SELECT_MULTIPLE) {
                multiSelect.put(instrument, item);
            }
        });
        if (multiSelect.isEmpty() || text.isBlank()) {
            return null;
        }
        String code = choices.resolve(multiSelect.values().iterator().next(), text);
        return code == null ? null : new HeaderMatch(HeaderKind.CHOICE_COLUMN, multiSelect, code, false);
    }

    private static HeaderMatch item(Map<String, Item> items) {
        return new HeaderMatch(HeaderKind.ITEM, items, null, false);
    }

    /** Label and choice label: {@code label [choice]}, {@code label (choice)}, or around the rightmost separator. */
    private static Split split(String text) {
        String t = text.trim();
        for (char[] brackets : new char[][] {{'[', ']'}, {'(', ')'}}) {
            int open = t.lastIndexOf(brackets[0]);
            if (t.endsWith(String.valueOf(brackets[1])) && open > 0) {
                return new Split(t.substring(0, open).trim(), t.substring(open + 1, t.length() - 1).trim());
            }
        }
        int cut = -1;
        int width = 0;
        for (String separator : CHOICE_SEPARATORS) {
            int at = t.lastIndexOf(separator);
            if (at > cut) {
                cut = at;
                width = separator.length();
            }
        }
        if (cut <= 0 || cut + width >= t.length()) {
            return null;
        }
        return new Split(t.substring(0, cut).trim(), t.substring(cut + width).trim());
    }
}
