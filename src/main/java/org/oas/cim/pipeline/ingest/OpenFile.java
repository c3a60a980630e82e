package org.oas.cim.pipeline.ingest;

import org.oas.cim.pipeline.codebook.Country;
import org.oas.cim.pipeline.codebook.Instrument;
import org.oas.cim.pipeline.layout.FileInspection;
import org.oas.cim.pipeline.normalize.Countries;
import org.oas.cim.pipeline.normalize.DateOrder;

import java.util.Optional;

/**
 * What a file declares about itself, shared by all of its records: its instrument, its country (a metadata cell or
 * settings sheet, else its name) and its date order.
 *
 * @param countryFallback the country the file declares, or null
 */
public record OpenFile(InputFile file, FileInspection inspection, Instrument instrument, String countryFallback,
                       DateOrder dateOrder) {
    /** A file whose inspection found an instrument. */
    static OpenFile of(InputFile file, FileInspection inspection, Countries countries) {
        String countryFallback = Optional.ofNullable(inspection.metadata().countryText()).flatMap(countries::resolve)
                .or(() -> countries.fromFileName(file.fileName())).map(Country::studyCode).orElse(null);
        DateOrder order = inspection.metadata().monthFirst() ? DateOrder.MONTH_FIRST : DateOrder.DAY_FIRST;
        return new OpenFile(file, inspection, inspection.instrument().orElseThrow(), countryFallback, order);
    }
}
