package org.oas.cim.pipeline.estimation;

import java.util.Locale;
import java.util.ResourceBundle;

import org.oas.cim.pipeline.stats.PopulationEstimate.Note;

/**
 * Why there is no estimate, and the words of the {@code population_estimates} table, in English, Spanish or Portuguese
 * (the {@code notes} bundle beside this class).
 */
final class EstimateNotes {
    private final ResourceBundle bundle;

    EstimateNotes(Locale language) {
        // No fallback to the machine's locale: a Spanish server asked for English answers in English.
        bundle = ResourceBundle.getBundle(EstimateNotes.class.getPackageName() + ".notes", language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String text(Note note) {
        return note == null ? "" : bundle.getString(note.code());
    }

    /** The {@code population_estimates} table's title, description or a column's description ({@code column.<name>}). */
    String label(String key) {
        return bundle.getString(key);
    }
}
