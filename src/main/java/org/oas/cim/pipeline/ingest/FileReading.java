package org.oas.cim.pipeline.ingest;

import org.oas.cim.pipeline.issue.Issue;
import org.oas.cim.pipeline.issue.IssueCode;
import org.oas.cim.pipeline.layout.RecordIterator;
import org.oas.cim.pipeline.layout.RespondentRecord;
import org.oas.cim.pipeline.read.UnreadableFileException;
import org.oas.cim.pipeline.read.UnreadableStreamException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One file being read, record by record, until its {@link FileOutcome} is known. The file's state lives here and
 * nowhere else: its records' votes for its language, the issues its stream raised, whether it broke half-way.
 */
public final class FileReading implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(FileReading.class);

    private final OpenFile file;
    private final RecordIterator records;
    private final LanguageGuess.Tally languageVotes;
    private final FileIssues fileIssues;
    private FileOutcome outcome;

    /** A file that ended as soon as it was opened (unreadable, of no instrument). */
    FileReading(FileOutcome outcome) {
        this.file = null;
        this.records = null;
        this.languageVotes = null;
        this.fileIssues = null;
        this.outcome = outcome;
    }

    FileReading(OpenFile file, RecordIterator records, LanguageGuess.Tally languageVotes, FileIssues fileIssues) {
        this.file = file;
        this.records = records;
        this.languageVotes = languageVotes;
        this.fileIssues = fileIssues;
    }

    /**
     * A file on which reading failed in a way no reader foresaw (a library's exception, a file gone from disk): its
     * {@code format-error}. Only the exception's type is logged: its message may quote a cell.
     */
    static FileReading failed(InputFile file, Throwable failure) {
        log.warn("Rejected file {}: reading it failed ({})", file.id(), failure.getClass().getName());
        return new FileReading(failedOutcome(file));
    }

    private static FileOutcome failedOutcome(InputFile file) {
        return FileOutcome.rejected(IssueCode.FORMAT_ERROR, List.of(Issue.ofFile(IssueCode.FORMAT_ERROR, file.fileName())));
    }

    /** How much of the file has been read, from 0 to 1; asked from the progress line's thread. */
    public double shareRead() {
        return records == null ? 0 : records.shareRead();
    }

    /** The file as opened, or empty where it ended at once. */
    public Optional<OpenFile> file() {
        return Optional.ofNullable(file);
    }

    /**
     * The next record, or null at the end: the end of the file, or a part of it that turns out unreadable (then
     * the file is rejected whole, whatever was read before).
     */
    public RespondentRecord next() throws IOException {
        if (outcome != null) {
            return null;
        }
        try {
            if (records.hasNext()) {
                RespondentRecord record = records.next();
                languageVotes.add(record);
                return record;
            }
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof UnreadableStreamException unreadable) {
                return brokeHalfWay(unreadable.unreadable());
            }
            return failedHalfWay(e);
        } catch (RuntimeException e) {
            return failedHalfWay(e);
        }
        List<Issue> issues = new ArrayList<>(file.inspection().issues());
        issues.addAll(records.streamIssues());
        outcome = new FileOutcome(FileStatus.ARCHIVED, file.instrument().id(), languageVotes.language(), null, null, issues);
        close();
        return null;
    }

    private RespondentRecord brokeHalfWay(UnreadableFileException e) throws IOException {
        outcome = FileOutcome.rejected(e.code(), List.of(fileIssues.unreadable(e, file.file().fileName())));
        close();
        return null;
    }

    private RespondentRecord failedHalfWay(RuntimeException e) throws IOException {
        log.warn("Rejected file {}: reading it failed half-way ({})", file.file().id(), e.getClass().getName());
        outcome = failedOutcome(file.file());
        try {
            close();
        } catch (IOException | RuntimeException closing) {
            log.warn("File {} could not be closed after its failure ({})", file.file().id(), closing.getClass().getName());
        }
        return null;
    }

    /** Reads past {@code records} records (stored before a restart); they still vote for the file's language. */
    public void passOver(int records) throws IOException {
        int passed = 0;
        while (passed < records && next() != null) {
            passed++;
        }
    }

    /** Whether {@link #next()} has reached the end, so that the outcome is known. */
    public boolean outcomeKnown() {
        return outcome != null;
    }

    /** What the file turned out to be; known once {@link #next()} has returned null. */
    public FileOutcome outcome() {
        if (outcome == null) {
            throw new IllegalStateException("the file has not been read to its end");
        }
        return outcome;
    }

    @Override
    public void close() throws IOException {
        if (records != null) {
            records.close();
        }
    }
}
