package org.oas.cim.pipeline.ingest;

import org.oas.cim.pipeline.codebook.Choice;
import org.oas.cim.pipeline.codebook.ChoiceList;
import org.oas.cim.pipeline.codebook.Codebook;
import org.oas.cim.pipeline.codebook.Instrument;
import org.oas.cim.pipeline.codebook.Item;
import org.oas.cim.pipeline.layout.BoundCell;
import org.oas.cim.pipeline.layout.RespondentRecord;
import org.oas.cim.pipeline.normalize.TextKey;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Guesses a file's language from the words in its cells: a cell that is a codebook label in exactly one
 * language ({@code Prostitución}, {@code Não sabe}) is a vote for it. Reports then speak the researcher's language.
 */
final class LanguageGuess {
    private final Map<String, String> languageOfKey = new HashMap<>();
    private final List<String> order;

    public LanguageGuess(Codebook codebook) {
        this.order = codebook.languages();
        Map<String, Set<String>> languages = new HashMap<>();
        for (Instrument instrument : codebook.instruments()) {
            for (Item item : instrument.items()) {
                item.labels().forEach((lang, label) -> languages.computeIfAbsent(TextKey.of(label), k -> new HashSet<>()).add(lang));
            }
        }
        for (ChoiceList list : codebook.lists().values()) {
            for (Choice choice : list.choices()) {
                choice.labels().forEach((lang, label) -> languages.computeIfAbsent(TextKey.of(label), k -> new HashSet<>()).add(lang));
            }
        }
        languages.forEach((key, langs) -> {
            if (langs.size() == 1) {
                languageOfKey.put(key, langs.iterator().next());
            }
        });
    }

    /** A running count of votes for one file. */
    public final class Tally {
        private final Map<String, Integer> votes = new HashMap<>();

        public synchronized void add(String text) {
            String language = text == null ? null : languageOfKey.get(TextKey.of(text));
            if (language != null) {
                votes.merge(language, 1, Integer::sum);
            }
        }

        /**
         * Votes with every cell of a record that holds a whole answer and no personal data. Ingest votes with each
         * record as it assembles it, and again with the records a restart skips, so that a file's language is the
         * same whether or not its ingest was interrupted.
         */
        public void add(RespondentRecord record) {
            for (BoundCell cell : record.cells()) {
                if (cell.choiceCode() == null && !cell.item().pii()) {
                    add(cell.cell().text());
                }
            }
        }

        /** The language with most votes (ties broken by the codebook's language order), or null without votes. */
        public synchronized String language() {
            return order.stream().filter(votes::containsKey)
                    .max((a, b) -> Integer.compare(votes.get(a), votes.get(b)) != 0
                            ? Integer.compare(votes.get(a), votes.get(b)) : Integer.compare(order.indexOf(b), order.indexOf(a)))
                    .orElse(null);
        }
    }

    public Tally tally() {
        return new Tally();
    }
}
