package org.oas.cim.pipeline.layout;

import org.oas.cim.pipeline.codebook.Instrument;
import org.oas.cim.pipeline.issue.Issue;

import java.util.List;
import java.util.Optional;

/**
 * What one file holds, found from the top of each sheet (and any whole {@code settings} or form sheet).
 *
 * @param instrument  the instrument its headers match; empty when none has a recognizable header, on a tie, or
 *                    too few matches (the caller rejects the file: {@code no-instrument})
 * @param metadata    country, phase and date order the file declares outside its data
 * @param sheets      the data sheets, in workbook order, bound to the instrument's items; empty without an instrument
 * @param hasHeader   whether some sheet has a recognizable header (a wide header row or a form's questions)
 * @param issues      what reading found about the whole file (a text file's broken bytes), then header and layout
 *                    issues: extra, duplicate, blank (form) and fuzzy labels
 */
public record FileInspection(Optional<Instrument> instrument, FileMetadata metadata, List<SheetLayout> sheets,
                             boolean hasHeader, List<Issue> issues) {
    public FileInspection {
        sheets = List.copyOf(sheets);
        issues = List.copyOf(issues);
    }
}
