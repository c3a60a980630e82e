package org.oas.cim.pipeline.estimation;

import com.opencsv.CSVWriter;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The restricted files behind a phase's population estimates, in {@code out/restricted/<phase>/}:
 * {@code capture_histories.csv} (the people per pattern of lists; small cells can identify people) and
 * {@code capture_history_sources.csv} (the lists and the files each came from).
 */
final class CaptureHistoryFiles {
    private CaptureHistoryFiles() {
    }

    static void write(Path dir, List<SourcedHistories> all) throws IOException {
        Files.createDirectories(dir);
        write(dir, "capture_histories.csv", csv -> {
            csv.writeNext(new String[] {"country", "year", "lists", "pattern", "people"}, false);
            for (SourcedHistories h : all) {
                int lists = h.table().listCount();
                String names = String.join(";", h.table().lists());
                for (int pattern = 1; pattern < 1 << lists; pattern++) {
                    csv.writeNext(new String[] {h.country(), h.year(), names, SourcedHistories.patternText(pattern, lists),
                            Long.toString(h.table().count(pattern))}, false);
                }
            }
        });
        write(dir, "capture_history_sources.csv", csv -> {
            csv.writeNext(new String[] {"country", "year", "list_position", "list", "file", "rows"}, false);
            for (SourcedHistories h : all) {
                for (SourcedHistories.Source s : h.sources()) {
                    csv.writeNext(new String[] {h.country(), h.year(), Integer.toString(s.position() + 1), s.list(),
                            s.fileName(), Long.toString(s.rows())}, false);
                }
            }
        });
    }

    private interface Rows {
        void write(CSVWriter csv) throws IOException;
    }

    /** Written under a temporary name and moved into place, so a reader never sees half a file. */
    private static void write(Path dir, String name, Rows rows) throws IOException {
        Path staging = dir.resolve("." + name + ".tmp");
        try (Writer out = Files.newBufferedWriter(staging, StandardCharsets.UTF_8); CSVWriter csv = new CSVWriter(out)) {
            out.write('\uFEFF');
            rows.write(csv);
        }
        Files.move(staging, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
