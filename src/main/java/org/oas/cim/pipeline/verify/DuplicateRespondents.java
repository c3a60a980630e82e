package org.oas.cim.pipeline.verify;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The duplicate-respondent rule: the same pseudonym in the same stage (one instrument) counts once. Where a
 * respondent answered an item more than once, the answer of the latest response date wins (an undated response
 * is older than any dated one), and between equal dates the later stored wins: the later file, then the larger
 * answer id.
 *
 * <p>The rule applies per item, so a later response that leaves an item blank overrides the earlier answer only
 * where its blank cell was stored (as {@code Missing}); an item the later file does not carry at all keeps the
 * earlier answer. The same pseudonym in both stages is two respondents: those are two instruments.
 */
final class DuplicateRespondents {
    /** The order answers were stored in: by file, then by answer id within the file. */
    static final Comparator<VerifiableAnswer> STORED = Comparator.comparingLong(VerifiableAnswer::fileOrder)
            .thenComparingLong(VerifiableAnswer::answerId);

    /** Later wins: response date (nulls oldest), then the order stored. */
    static final Comparator<VerifiableAnswer> RECENCY = Comparator
            .comparing(VerifiableAnswer::responseDate, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(STORED);

    private DuplicateRespondents() {
    }

    /** The answers that count, one per (stage, respondent, item), in the order stored. */
    public static List<VerifiableAnswer> resolve(Collection<VerifiableAnswer> answers) {
        Map<Key, VerifiableAnswer> winners = new HashMap<>();
        for (VerifiableAnswer answer : answers) {
            winners.merge(new Key(answer.stage(), answer.respondent(), answer.itemCode()), answer,
                    (kept, other) -> RECENCY.compare(kept, other) >= 0 ? kept : other);
        }
        return winners.values().stream().sorted(STORED).toList();
    }

    private record Key(int stage, String respondent, String itemCode) {
    }
}
