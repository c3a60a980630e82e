package org.oas.cim.pipeline.layout;

import org.oas.cim.pipeline.normalize.TextKey;
import org.oas.cim.pipeline.read.RawCell;
import org.oas.cim.pipeline.read.RawRow;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Gathers the file's own metadata from cells outside the data: {@code País: Costa Rica},
 * {@code Country - Jamaica}, {@code Fase} | {@code phase-2} in two cells, {@code Formato de fecha: MM/DD/AAAA}.
 * The first value found for a key wins (sheets in workbook order, rows top down).
 */
final class MetadataCollector {
    private enum Key { COUNTRY, PHASE, DATE_FORMAT }

    /** Between a key and its value in one cell: the first of these. */
    private static final List<String> SEPARATORS = List.of(":", " - ", " \u2013 ", " \u2014 ", "=");
    private static final Set<String> DATE_FORMAT_KEYS = Set.of("date format", "date order", "dates",
            "formato de fecha", "formato de la fecha", "formato de fechas", "formato fecha", "orden de fecha",
            "formato de data", "formato da data", "formato das datas", "datumformaat", "datumnotatie");
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "^m{1,2} d{1,2}\\b.*|.*\\b(month first|month day|mes primero|mes primeiro|mes dia|maand eerst|maand dag)\\b.*");

    private final Set<String> countryKeys;
    private String country;
    private String phase;
    private Boolean monthFirst;

    /** @param countryKeys the {@link TextKey keys} that name a country field: the country items' labels and names */
    MetadataCollector(Set<String> countryKeys) {
        this.countryKeys = Set.copyOf(countryKeys);
    }

    /** Takes every key/value found in the row; whether the row held one. */
    boolean accept(RawRow row) {
        boolean found = false;
        List<RawCell> cells = row.cells().stream().filter(c -> c.text() != null && !c.text().isBlank()).toList();
        for (int i = 0; i < cells.size(); i++) {
            String text = TextKey.clean(cells.get(i).text());
            String next = i + 1 < cells.size() ? TextKey.clean(cells.get(i + 1).text()) : "";
            Key whole = keyOf(text);
            if (whole != null) {
                found |= put(whole, next);
                i++;
                continue;
            }
            int cut = firstSeparator(text);
            if (cut > 0) {
                String key = text.substring(0, cut).trim();
                String value = text.substring(cut).replaceFirst("^\\s*(:|-|\u2013|\u2014|=)\\s*", "").trim();
                Key named = keyOf(key);
                if (named != null) {
                    found |= put(named, value.isEmpty() ? next : value);
                }
            }
        }
        return found;
    }

    FileMetadata result() {
        return new FileMetadata(country, phase, Boolean.TRUE.equals(monthFirst));
    }

    private Key keyOf(String text) {
        String key = TextKey.of(text);
        if (key.isEmpty()) {
            return null;
        }
        if (countryKeys.contains(key)) {
            return Key.COUNTRY;
        }
        if (SurveyToolColumns.isPhaseKey(key)) {
            return Key.PHASE;
        }
        return DATE_FORMAT_KEYS.contains(key) ? Key.DATE_FORMAT : null;
    }

    private boolean put(Key key, String value) {
        if (value.isEmpty()) {
            return false;
        }
        switch (key) {
            case COUNTRY -> country = country == null ? value : country;
            case PHASE -> phase = phase == null ? value : phase;
            case DATE_FORMAT -> monthFirst = monthFirst == null ? MONTH_FIRST.matcher(TextKey.of(value)).matches() : monthFirst;
        }
        return true;
    }

    private static int firstSeparator(String text) {
        int cut = -1;
        for (String separator : SEPARATORS) {
            int at = text.indexOf(separator);
            if (at > 0 && (cut < 0 || at < cut)) {
                cut = at;
            }
        }
        return cut;
    }
}
