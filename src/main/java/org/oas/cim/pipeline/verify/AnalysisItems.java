package org.oas.cim.pipeline.verify;

import org.oas.cim.pipeline.codebook.Codebook;
import org.oas.cim.pipeline.codebook.Instrument;
import org.oas.cim.pipeline.codebook.Item;
import org.oas.cim.pipeline.codebook.ItemType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which codebook items verification reports on, in codebook order: the questionnaire's items, then any the
 * interview alone asks. Findings cover every select and estimate item outside the respondent block and the
 * official block (so stage-1-only items such as L7 appear as STAGE1_ONLY, as in the worked example of
 * src/site/markdown/protocol/verification.md); the official block's exact counts are official figures, with the year
 * item giving their year. O4 (whether an institution keeps statistics) describes the institution, not the country, and
 * is left out.
 */
final class AnalysisItems {
    static final String RESPONDENT_SECTION = "respondent";
    static final String OFFICIAL_SECTION = "official";
    /** The official item that says which year the other official figures refer to. */
    static final String YEAR_ITEM_NAME = "records_year";

    private final Codebook codebook;
    private final List<Item> ordered;

    AnalysisItems(Codebook codebook) {
        this.codebook = codebook;
        List<Item> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int stage = 1; stage <= 2; stage++) {
            for (Item item : codebook.instrumentOfStage(stage).map(Instrument::items).orElse(List.of())) {
                if (seen.add(item.code())) {
                    items.add(item);
                }
            }
        }
        this.ordered = List.copyOf(items);
    }

    List<Item> of(ItemType type) {
        return ordered.stream()
                .filter(i -> i.type() == type && !i.pii())
                .filter(i -> !i.section().equals(RESPONDENT_SECTION) && !i.section().equals(OFFICIAL_SECTION))
                .toList();
    }

    /** The official counts (O1-O3): exact counts of the official block, other than the year. */
    List<Item> officialCounts() {
        return ordered.stream()
                .filter(i -> i.section().equals(OFFICIAL_SECTION) && i.type() == ItemType.INTEGER)
                .filter(i -> !i.name().equals(YEAR_ITEM_NAME))
                .toList();
    }

    Optional<Item> yearItem() {
        return ordered.stream().filter(i -> i.section().equals(OFFICIAL_SECTION) && i.name().equals(YEAR_ITEM_NAME)).findFirst();
    }

    /**
     * The choice list of a stage's source types: the instrument's select_one in the respondent block that is
     * not the country ({@code respondent_type}, {@code agency_type}).
     */
    Optional<String> sourceTypeList(int stage) {
        return codebook.instrumentOfStage(stage).stream()
                .flatMap(i -> i.items().stream())
                .filter(i -> i.section().equals(RESPONDENT_SECTION) && i.type() == ItemType.SELECT_ONE)
                .map(Item::listName)
                .filter(list -> !Codebook.COUNTRY_LIST.equals(list))
                .findFirst();
    }
}
