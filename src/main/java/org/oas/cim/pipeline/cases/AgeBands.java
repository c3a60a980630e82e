package org.oas.cim.pipeline.cases;

import org.oas.cim.pipeline.codebook.Choice;
import org.oas.cim.pipeline.codebook.ChoiceList;
import org.oas.cim.pipeline.read.RawCell;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CTDC's age bands ({@code ageBroad}), whose bounds are in their choice codes ({@code 9_17}, {@code 48_plus}). A band
 * that a spreadsheet turned into a date ({@code 9--17} as 17 September, or September 2017) is read back from the
 * date's parts; one turned into a number ({@code 48+} as 48) is handled by the choice list itself, whose labels
 * compare without punctuation.
 */
public final class AgeBands {
    /** Bands of adults begin here (cases.md: "18 or over"). */
    public static final int ADULT_AGE = 18;
    private static final Pattern CODE = Pattern.compile("(\\d+)_(\\d+|plus)");

    /** A band's bounds; {@code high} is null for an open band ({@code 48+}). */
    public record Band(String code, int low, Integer high) {
        public boolean adult() {
            return low >= ADULT_AGE;
        }

        /** The children's band ({@code 0--8}): cases.md counts it whatever the gender. */
        public boolean child() {
            return low == 0;
        }

        boolean spells(int first, int second) {
            return low == first && high != null && high == second;
        }
    }

    private final Map<String, Band> bands = new LinkedHashMap<>();

    public AgeBands(ChoiceList list) {
        for (Choice choice : list.choices()) {
            Matcher m = CODE.matcher(choice.code());
            if (!m.matches()) {
                throw new IllegalArgumentException("the age band code '" + choice.code() + "' of list " + list.name()
                        + " does not say its bounds (like 9_17 or 48_plus)");
            }
            Integer high = m.group(2).equals("plus") ? null : Integer.valueOf(m.group(2));
            bands.put(choice.code(), new Band(choice.code(), Integer.parseInt(m.group(1)), high));
        }
    }

    public Optional<Band> band(String code) {
        return Optional.ofNullable(code == null ? null : bands.get(code));
    }

    /** The band a date-formatted cell meant: its month and day, or its month and two-digit year, as the two bounds. */
    public Optional<String> fromDate(RawCell cell) {
        if (!cell.isDate()) {
            return Optional.empty();
        }
        LocalDateTime date = cell.date();
        List<int[]> readings = List.of(new int[] {date.getMonthValue(), date.getDayOfMonth()},
                new int[] {date.getMonthValue(), date.getYear() % 100}, new int[] {date.getDayOfMonth(), date.getMonthValue()});
        for (int[] reading : readings) {
            for (Band band : bands.values()) {
                if (band.spells(reading[0], reading[1])) {
                    return Optional.of(band.code());
                }
            }
        }
        return Optional.empty();
    }
}
