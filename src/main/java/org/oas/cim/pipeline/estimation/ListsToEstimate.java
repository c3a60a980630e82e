package org.oas.cim.pipeline.estimation;

import org.oas.cim.pipeline.inbox.FileDigest;
import org.oas.cim.pipeline.ingest.FileOutcome;
import org.oas.cim.pipeline.ingest.FileReading;
import org.oas.cim.pipeline.ingest.FileStatus;
import org.oas.cim.pipeline.ingest.IngestCore;
import org.oas.cim.pipeline.ingest.InputFile;
import org.oas.cim.pipeline.ingest.OpenFile;
import org.oas.cim.pipeline.ingest.RecordRows;
import org.oas.cim.pipeline.layout.RespondentRecord;
import org.oas.cim.pipeline.linking.LinksInMemory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The victim lists given to {@code estimate}: each read through ingest's own core (the same columns, values, countries
 * and match keys as {@code run}), their rows linked in memory under a pseudonym key that dies with the command, and
 * counted into capture histories by the same code as a phase's. Nothing of a row but its keyed hashes is held.
 */
final class ListsToEstimate {
    /** What became of one file. */
    enum Taken { NOT_A_LIST, TAKEN, NOT_TAKEN }

    /**
     * @param rowsNotTaken rows ingest would not take (no country, a country in no phase, ...): {@code validate} says why
     * @param rejection    why the whole file would not be taken (an issue code), or null
     */
    record Reading(Taken taken, int rowsNotTaken, String rejection) {
    }

    private final IngestCore core;
    private final String phaseHint;
    private final LinksInMemory links = new LinksInMemory();
    private long nextFileId = 1;

    /** @param phaseHint the phase the lists are read for, as if in {@code inbox/<phase>/}; null for none */
    ListsToEstimate(IngestCore core, String phaseHint) {
        this.core = core;
        this.phaseHint = phaseHint;
    }

    /** Links the file's rows where it is a victim list; any other file is left to the capture-history reader. */
    Reading read(Path path) throws IOException {
        String name = path.getFileName().toString();
        FileDigest digest = FileDigest.of(path);
        InputFile file = new InputFile(nextFileId++, name, name, digest.sha256(), digest.size(), phaseHint, FileStatus.CLAIMED, 0);
        try (FileReading reading = core.read(file, path)) {
            OpenFile open = reading.file().orElse(null);
            if (open == null || open.instrument().itemWithRole("person_name").isEmpty()) {
                return new Reading(Taken.NOT_A_LIST, 0, null);
            }
            int notTaken = 0;
            for (RespondentRecord record = reading.next(); record != null; record = reading.next()) {
                RecordRows rows = core.assemble(open, record);
                if (!rows.taken()) {
                    notTaken++;
                } else if (rows.link() != null) {
                    links.add(rows.respondent().country(), file.id(), name, rows.link());
                }
            }
            FileOutcome outcome = reading.outcome();
            boolean taken = outcome.status() == FileStatus.ARCHIVED;
            links.fileEnded(taken);
            return taken ? new Reading(Taken.TAKEN, notTaken, null)
                    : new Reading(Taken.NOT_TAKEN, notTaken, outcome.rejection() == null ? null : outcome.rejection().id());
        }
    }

    /** The lists read so far, linked into people, one table per country and year (or per country, years pooled). */
    List<CaptureHistoryGroup> histories(boolean poolYears) {
        LinkedHistories histories = new LinkedHistories(links.listFiles(), poolYears);
        links.peopleOnLists(histories);
        return histories.histories().stream().map(ListsToEstimate::group).toList();
    }

    /** A linked table as {@code estimate} prints it: the files behind its lists in place of one file, no sheet. */
    private static CaptureHistoryGroup group(SourcedHistories h) {
        Set<String> files = new LinkedHashSet<>();
        h.sources().forEach(s -> files.add(s.fileName()));
        return new CaptureHistoryGroup(String.join(";", files), "", h.country(), h.year(), h.table());
    }
}
