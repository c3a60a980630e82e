package org.oas.cim.pipeline.ingest;

import org.oas.cim.pipeline.codebook.Country;
import org.oas.cim.pipeline.codebook.Instrument;
import org.oas.cim.pipeline.layout.FileInspection;
import org.oas.cim.pipeline.normalize.Countries;
import org.oas.cim.pipeline.normalize.DateOrder;
import org.oas.cim.pipeline.normalize.ValueNormalizer;

import java.util.Optional;

/**
 * What a file declares about itself, shared by all of its records: its instrument, its country (a metadata cell or
 * settings sheet, else its name) and its date order.
 *
 * @param countryFallback the country the file declares, or null
 * @param cells           the file's cells normalized so far, by item and content
 */
public record OpenFile(InputFile file, FileInspection inspection, Instrument instrument, String countryFallback,
                       DateOrder dateOrder, NormalizedCells cells) {
    /** A file whose inspection found an instrument. */
    static OpenFile of(InputFile file, FileInspection inspection, ValueNormalizer normalizer) {
        Countries countries = normalizer.countries();
        String countryFallback = Optional.ofNullable(inspection.metadata().countryText()).flatMap(countries::resolve)
                .or(() -> countries.fromFileName(file.fileName())).map(Country::studyCode).orElse(null);
        DateOrder order = inspection.metadata().monthFirst() ? DateOrder.MONTH_FIRST : DateOrder.DAY_FIRST;
        return new OpenFile(file, inspection, inspection.instrument().orElseThrow(), countryFallback, order,
                new NormalizedCells(normalizer, order));
    }
}
