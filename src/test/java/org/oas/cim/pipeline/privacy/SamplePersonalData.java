package org.oas.cim.pipeline.privacy;

import org.oas.cim.pipeline.codebook.Codebook;
import org.oas.cim.pipeline.codebook.CodebookLoader;
import org.oas.cim.pipeline.layout.BoundCell;
import org.oas.cim.pipeline.layout.FileInspection;
import org.oas.cim.pipeline.layout.FileInspector;
import org.oas.cim.pipeline.layout.RecordIterator;
import org.oas.cim.pipeline.layout.WorkbookOpener;
import org.oas.cim.pipeline.read.ReadLimits;
import org.oas.cim.pipeline.read.Spreadsheets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The personal data planted in sample files, read with the pipeline's own layout detection: what must never leak. */
public final class SamplePersonalData {
    private SamplePersonalData() {
    }

    /** The values of every pii item (names, contacts, positions, free-text notes) of the files under a folder. */
    public static Set<String> under(Path folder) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            return in(files.filter(Files::isRegularFile).sorted().toList());
        }
    }

    /** The values of every pii item in these files, five characters or longer (shorter ones match by chance). */
    public static Set<String> in(List<Path> samples) throws Exception {
        Codebook codebook = CodebookLoader.load(Path.of("jobs"));
        FileInspector inspector = new FileInspector(codebook);
        Set<String> values = new LinkedHashSet<>();
        for (Path sample : samples) {
            WorkbookOpener opener = () -> Spreadsheets.open(sample, ReadLimits.defaults());
            try {
                FileInspection inspection = inspector.inspect(opener);
                try (RecordIterator records = inspector.records(opener, inspection)) {
                    records.forEachRemaining(record -> {
                        for (BoundCell cell : record.cells()) {
                            String text = cell.cell().text().trim();
                            if (cell.item().pii() && text.length() >= 5) {
                                values.add(text);
                            }
                        }
                    });
                }
            } catch (Exception unreadable) {
                // rejected samples hold no respondent
            }
        }
        return values;
    }

    /** A position such as {@code Fiscal} is personal; the organization {@code Fiscalía de la Mujer} is not. */
    public static Pattern wholeWord(String value) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(value) + "(?![\\p{L}\\p{N}])");
    }
}
