package org.oas.cim.pipeline.layout;

import org.oas.cim.pipeline.codebook.Codebook;
import org.oas.cim.pipeline.codebook.Instrument;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Tells a file's instrument from its headers: the instrument with the most distinct items matched, where that
 * is at least {@link #MIN_ITEMS}. An item both instruments ask counts for both, so only the items of one
 * instrument (R4 {@code respondent_type}, I3 {@code agency_type}, ...) can tell them apart: a file with nothing
 * but shared indicators is a tie, and a tie is no instrument. A handful of matched items lost among many columns no
 * item names is another kind of table that happens to share a few words with a questionnaire (an event log with a
 * {@code country}, a {@code year} and a {@code sex} column): no instrument either.
 */
final class InstrumentDetector {
    /** Fewer distinct items than this is too little to tell a questionnaire from any other table. */
    static final int MIN_ITEMS = 3;
    /** From this many distinct items on, a file is its instrument's whatever other columns it has. */
    static final int CONFIDENT_ITEMS = 6;
    /** Below {@link #CONFIDENT_ITEMS}: how many columns no item names may stand beside each column of answers. */
    static final int UNKNOWN_PER_ANSWER_COLUMN = 3;

    private final List<Instrument> instruments;

    InstrumentDetector(Codebook codebook) {
        this.instruments = codebook.instruments();
    }

    Optional<Instrument> detect(Collection<HeaderMatch> matches) {
        Map<String, Set<String>> items = new LinkedHashMap<>();
        instruments.forEach(instrument -> items.put(instrument.id(), new TreeSet<>()));
        for (HeaderMatch match : matches) {
            if (match.isAnswer()) {
                match.items().forEach((instrument, item) -> items.get(instrument).add(item.code()));
            }
        }
        Instrument best = null;
        int bestCount = 0;
        boolean tie = false;
        for (Instrument instrument : instruments) {
            int count = items.get(instrument.id()).size();
            if (count > bestCount) {
                best = instrument;
                bestCount = count;
                tie = false;
            } else if (count == bestCount) {
                tie = true;
            }
        }
        if (bestCount < MIN_ITEMS || tie || bestCount < CONFIDENT_ITEMS && lostAmongUnknownColumns(best, matches)) {
            return Optional.empty();
        }
        return Optional.of(best);
    }

    /**
     * Whether the columns answering the instrument are outnumbered by columns no item names, more than
     * {@link #UNKNOWN_PER_ANSWER_COLUMN} to one. A capture-history table's unnamed columns are its lists: never.
     */
    private static boolean lostAmongUnknownColumns(Instrument instrument, Collection<HeaderMatch> matches) {
        if (instrument.itemWithRole("count").isPresent()) {
            return false;
        }
        long answering = matches.stream().filter(m -> m.isAnswer() && m.items().containsKey(instrument.id())).count();
        long unknown = matches.stream().filter(m -> m.kind() == HeaderKind.NONE).count();
        return unknown > UNKNOWN_PER_ANSWER_COLUMN * answering;
    }
}
