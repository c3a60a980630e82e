package org.oas.cim.pipeline.codebook;

import java.util.List;
import java.util.Optional;

/**
 * A questionnaire definition: the stage-1 model questionnaire or the stage-2 interview guide.
 *
 * @param id    {@code questionnaire} or {@code interview}
 * @param stage 1 or 2
 * @param items in codebook order (the order of every table's rows)
 */
public record Instrument(String id, int stage, List<Item> items) {
    public Instrument {
        items = List.copyOf(items);
    }

    public Optional<Item> item(String code) {
        return items.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /** The item that plays a role in the respondent block ({@code country}, {@code organization}, ...). */
    public Optional<Item> itemWithRole(String role) {
        return items.stream().filter(i -> role.equals(i.role())).findFirst();
    }

    /** The item whose value is the respondent's country (R1, I1). */
    public Item countryItem() {
        return itemWithRole("country")
                .orElseThrow(() -> new IllegalStateException("instrument " + id + " has no item with the role country"));
    }

    /** The item whose value is the respondent's region, if the instrument asks it. */
    public Optional<Item> regionItem() {
        return itemWithRole("region");
    }
}
