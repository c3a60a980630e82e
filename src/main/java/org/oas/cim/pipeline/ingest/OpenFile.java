package org.oas.cim.pipeline.ingest;

import org.oas.cim.pipeline.codebook.Instrument;
import org.oas.cim.pipeline.layout.FileInspection;
import org.oas.cim.pipeline.normalize.DateOrder;

/**
 * A file being ingested, with what its inspection found: shared by all of its records.
 *
 * @param countryFallback the country the file declares (metadata cell, settings sheet or file name), or null
 * @param language        votes for the file's language, from its cells
 */
public record OpenFile(InputFile file, FileInspection inspection, Instrument instrument, String countryFallback,
                       DateOrder dateOrder, LanguageGuess.Tally language) {
}
