package org.oas.cim.pipeline.verify;

import java.util.List;
import java.util.function.Consumer;

/**
 * One country's current answers in a phase, as cross-verification reads them: a few items at a time, so that no more
 * than one item's answers are held whatever the number of respondents. The analysis reads them from the database;
 * {@link CrossVerifier#verify} from answers already in memory.
 */
public interface CountryAnswers {
    /** The country's alpha-2 code. */
    String country();

    /**
     * The current answers to some items (superseded ones left out; duplicates of a respondent may be in, see
     * {@link DuplicateRespondents}), in any order: {@link DuplicateRespondents#resolve} puts those that count in the
     * order stored (by file, then by answer id).
     */
    List<VerifiableAnswer> answersTo(List<String> itemCodes);

    /** The ids of the regions the country's answers cover, in their natural order. */
    List<String> regions();

    /** Each respondent with answers once (one per stage and pseudonym), as its latest response describes it. */
    void forEachRespondent(Consumer<LatestResponse> respondent);

    /**
     * What the latest response of a respondent says of it: the response of the latest date (an undated one is older
     * than any dated), then of the later file, then of the later row.
     *
     * @param sourceType   the {@code respondent_type} or {@code agency_type} code, or null
     * @param organization the normalized organization or institution, or null
     */
    record LatestResponse(int stage, String sourceType, String organization) {
    }
}
