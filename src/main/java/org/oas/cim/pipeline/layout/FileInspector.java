package org.oas.cim.pipeline.layout;

import org.oas.cim.pipeline.codebook.Codebook;
import org.oas.cim.pipeline.codebook.Instrument;
import org.oas.cim.pipeline.codebook.Item;
import org.oas.cim.pipeline.issue.Issue;
import org.oas.cim.pipeline.normalize.TextKey;
import org.oas.cim.pipeline.read.SheetStream;
import org.oas.cim.pipeline.read.UnreadableFileException;
import org.oas.cim.pipeline.read.WorkbookStream;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a file in two passes. {@link #inspect} reads the top of every sheet (and any settings or form sheet
 * whole) to find layouts, the instrument, the bindings and the file's metadata; {@link #records} then opens the
 * file again and streams its respondents. Two passes, because a {@code settings} sheet may come after the data
 * and the instrument is known only once every sheet's header has been seen.
 */
public final class FileInspector {
    private final HeaderMatcher matcher;
    private final InstrumentDetector instruments;
    private final Set<String> countryKeys = new TreeSet<>();

    public FileInspector(Codebook codebook) {
        this.matcher = new HeaderMatcher(codebook);
        this.instruments = new InstrumentDetector(codebook);
        for (Instrument instrument : codebook.instruments()) {
            Item country = instrument.countryItem();
            countryKeys.add(TextKey.of(country.name()));
            country.labels().values().forEach(label -> countryKeys.add(TextKey.of(label)));
            country.aliases().forEach(alias -> countryKeys.add(TextKey.of(alias)));
        }
    }

    /** The first pass: what the file holds and how to read it. */
    public FileInspection inspect(WorkbookOpener opener) throws IOException, UnreadableFileException {
        Map<String, HeaderMatch> seen = new HashMap<>();
        SheetScanner scanner = new SheetScanner(text -> seen.computeIfAbsent(text, matcher::match), matcher);
        MetadataCollector metadata = new MetadataCollector(countryKeys);
        List<ScannedSheet> scanned = new ArrayList<>();
        List<Issue> readIssues;
        try (WorkbookStream workbook = opener.open()) {
            readIssues = workbook.issues();
            int index = 0;
            SheetStream sheet = workbook.nextSheet();
            while (sheet != null) {
                try (SheetStream current = sheet) {
                    scanner.scan(index++, current, metadata).ifPresent(scanned::add);
                }
                sheet = workbook.nextSheet();
            }
        }
        List<HeaderMatch> matches = scanned.stream().flatMap(s -> s.headers().stream()).map(HeaderCell::match).toList();
        Optional<Instrument> instrument = instruments.detect(matches);
        if (instrument.isEmpty()) {
            return new FileInspection(Optional.empty(), metadata.result(), List.of(), !scanned.isEmpty(), readIssues);
        }
        Binder binder = new Binder(instrument.get().id(), instrument.get().itemWithRole("count").isPresent());
        List<SheetLayout> layouts = scanned.stream().map(binder::bind).toList();
        List<Issue> issues = new ArrayList<>(readIssues);
        issues.addAll(binder.issues());
        return new FileInspection(instrument, metadata.result(), layouts, true, issues);
    }

    /**
     * The second pass: the file's respondents, streamed. Opens the file at once; the caller closes the iterator.
     * Without an instrument there are no records.
     */
    public RecordIterator records(WorkbookOpener opener, FileInspection inspection) throws IOException, UnreadableFileException {
        return new RecordIterator(opener, inspection);
    }

}
