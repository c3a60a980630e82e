package org.oas.cim.pipeline.estimation;

import java.util.Locale;
import java.util.ResourceBundle;

import org.oas.cim.pipeline.stats.PopulationEstimate.Note;

/** Why there is no estimate, in English, Spanish or Portuguese (the {@code notes} bundle beside this class). */
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
}
