package org.oas.cim.pipeline.ingest;

import org.oas.cim.pipeline.issue.Issue;
import org.oas.cim.pipeline.issue.IssueCode;
import org.oas.cim.pipeline.layout.FileInspection;
import org.oas.cim.pipeline.layout.FileInspector;
import org.oas.cim.pipeline.layout.RecordIterator;
import org.oas.cim.pipeline.layout.WorkbookOpener;
import org.oas.cim.pipeline.normalize.Countries;
import org.oas.cim.pipeline.read.ReadLimits;
import org.oas.cim.pipeline.read.Spreadsheets;
import org.oas.cim.pipeline.read.UnreadableFileException;
import org.oas.cim.pipeline.read.UnreadableStreamException;
import org.oas.cim.pipeline.system.HomeFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Reads the claimed files one after the other, streaming each file's respondents, and ends each file with
 * its verdict. Where to resume comes from the database (each file's {@code records_done}, written with its
 * rows), so a restarted run continues after the last stored record.
 */
public class FileRecordReader implements ItemStreamReader<IngestItem> {
    private static final Logger log = LoggerFactory.getLogger(FileRecordReader.class);

    private final HomeFolder home;
    private final InputFileRepository files;
    private final FileInspector inspector;
    private final Countries countries;
    private final ReadLimits limits;
    private final LanguageGuess languages;

    private final Deque<InputFile> pending = new ArrayDeque<>();
    private OpenFile current;
    private RecordIterator records;

    public FileRecordReader(HomeFolder home, InputFileRepository files, FileInspector inspector, Countries countries,
                            ReadLimits limits, LanguageGuess languages) {
        this.languages = languages;
        this.home = home;
        this.files = files;
        this.inspector = inspector;
        this.countries = countries;
        this.limits = limits;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        pending.clear();
        pending.addAll(files.undecided());
    }

    @Override
    public IngestItem read() throws IOException {
        while (true) {
            if (current == null) {
                InputFile next = pending.poll();
                if (next == null) {
                    return null;
                }
                IngestItem early = openFile(next);
                if (early != null) {
                    return early;
                }
            }
            try {
                if (records.hasNext()) {
                    return new IngestItem.RecordRead(current, records.next());
                }
            } catch (UncheckedIOException e) {
                if (e.getCause() instanceof UnreadableStreamException unreadable) {
                    return failedHalfWay(unreadable.unreadable());
                }
                throw e;
            }
            List<Issue> issues = new ArrayList<>(current.inspection().issues());
            issues.addAll(records.streamIssues());
            IngestItem.FileEnd end = new IngestItem.FileEnd(current.file(), current.instrument().id(), InputFile.ARCHIVED,
                    null, null, issues, false, current.language());
            closeCurrent();
            return end;
        }
    }

    /** Opens a file: a duplicate, an unreadable file or one of no instrument ends at once. */
    private IngestItem openFile(InputFile file) throws IOException {
        var earlier = files.earlierWithSameBytes(file);
        if (earlier.isPresent()) {
            return end(file, null, InputFile.DUPLICATE, null, earlier.get(),
                    List.of(Issue.ofFile(IssueCode.DUPLICATE_FILE, files.find(earlier.get()).map(InputFile::relativePath).orElse(""))));
        }
        Path path = home.processing().resolve(file.relativePath());
        WorkbookOpener opener = () -> Spreadsheets.open(path, limits);
        FileInspection inspection;
        try {
            inspection = inspector.inspect(opener);
        } catch (UnreadableStreamException streamed) {
            return unreadable(file, streamed.unreadable());
        } catch (UnreadableFileException e) {
            return unreadable(file, e);
        }
        if (inspection.instrument().isEmpty()) {
            List<Issue> issues = new ArrayList<>(inspection.issues());
            issues.add(Issue.ofFile(IssueCode.NO_INSTRUMENT, file.fileName()));
            return end(file, null, InputFile.REJECTED, IssueCode.NO_INSTRUMENT.id(), null, issues);
        }
        current = OpenFile.of(file, inspection, countries, languages.tally());
        try {
            records = inspector.records(opener, inspection);
            // A restart passes over the records stored before it, and lets them vote for the file's language again.
            for (int done = 0; done < file.recordsDone() && records.hasNext(); done++) {
                current.language().add(records.next());
            }
        } catch (UnreadableFileException e) {
            return failedHalfWay(e);
        }
        return null;
    }

    private IngestItem unreadable(InputFile file, UnreadableFileException e) {
        log.info("Rejected {}: {}", file.relativePath(), e.getMessage());
        return end(file, null, InputFile.REJECTED, e.code().id(), null, List.of(FileIssues.unreadable(e, file.fileName(), limits)));
    }

    private IngestItem failedHalfWay(UnreadableFileException e) throws IOException {
        InputFile file = current.file();
        log.info("Rejected {} half-way: {}", file.relativePath(), e.getMessage());
        closeCurrent();
        return new IngestItem.FileEnd(file, null, InputFile.REJECTED, e.code().id(), null,
                List.of(FileIssues.unreadable(e, file.fileName(), limits)), true, null);
    }

    private static IngestItem.FileEnd end(InputFile file, String instrument, String status, String rejection, Long duplicateOf,
                                          List<Issue> issues) {
        return new IngestItem.FileEnd(file, instrument, status, rejection, duplicateOf, issues, false, null);
    }

    private void closeCurrent() throws IOException {
        current = null;
        if (records != null) {
            records.close();
            records = null;
        }
    }

    @Override
    public void close() {
        try {
            closeCurrent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
