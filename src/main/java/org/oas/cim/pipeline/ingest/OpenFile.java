package org.oas.cim.pipeline.ingest;

import org.oas.cim.pipeline.codebook.Country;
import org.oas.cim.pipeline.codebook.Instrument;
import org.oas.cim.pipeline.layout.FileInspection;
import org.oas.cim.pipeline.normalize.Countries;
import org.oas.cim.pipeline.normalize.DateOrder;

import java.util.Optional;

/**
 * A file being ingested, with what its inspection found: shared by all of its records.
 *
 * @param countryFallback the country the file declares (metadata cell, settings sheet or file name), or null
 * @param language        votes for the file's language, from its cells
 */
public record OpenFile(InputFile file, FileInspection inspection, Instrument instrument, String countryFallback,
                       DateOrder dateOrder, LanguageGuess.Tally language) {
    /**
     * A file whose inspection found an instrument, with what it declares about itself: its country (a metadata
     * cell or settings sheet, else its name) and its date order. Ingest and {@code validate} both open files here.
     */
    public static OpenFile of(InputFile file, FileInspection inspection, Countries countries, LanguageGuess.Tally language) {
        String countryFallback = Optional.ofNullable(inspection.metadata().countryText()).flatMap(countries::resolve)
                .or(() -> countries.fromFileName(file.fileName())).map(Country::studyCode).orElse(null);
        DateOrder order = inspection.metadata().monthFirst() ? DateOrder.MONTH_FIRST : DateOrder.DAY_FIRST;
        return new OpenFile(file, inspection, inspection.instrument().orElseThrow(), countryFallback, order, language);
    }
}
