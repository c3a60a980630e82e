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
 * but shared indicators is a tie, and a tie is no instrument.
 */
final class InstrumentDetector {
    /** Fewer distinct items than this is too little to tell a questionnaire from any other table. */
    static final int MIN_ITEMS = 3;

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
        return bestCount >= MIN_ITEMS && !tie ? Optional.of(best) : Optional.empty();
    }
}
