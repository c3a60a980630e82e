package org.oas.cim.pipeline.ingest;

import org.oas.cim.pipeline.layout.RespondentRecord;
import org.oas.cim.pipeline.system.HomeFolder;
import org.oas.cim.pipeline.system.ProgressMeter;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Reads one claimed file (its partition's) record by record through the {@link IngestCore}, and records the file's
 * {@link FileOutcome} once it reaches the end. Where to resume comes from the database (the file's
 * {@code records_done}, written with its rows), so a restarted partition continues after the last stored record.
 */
class FileRecordReader implements ItemStreamReader<RespondentRecord> {
    private final long fileId;
    private final HomeFolder home;
    private final InputFileStore files;
    private final IssueStore issues;
    private final AnswerStore answers;
    private final IngestCore core;
    private final TransactionTemplate transaction;
    private final ProgressMeter progress;

    private InputFile file;
    private FileReading reading;
    private boolean outcomeRecorded;
    private boolean reachedEnd;

    FileRecordReader(long fileId, HomeFolder home, InputFileStore files, IssueStore issues, AnswerStore answers,
                     IngestCore core, TransactionTemplate transaction, ProgressMeter progress) {
        this.fileId = fileId;
        this.home = home;
        this.files = files;
        this.issues = issues;
        this.answers = answers;
        this.core = core;
        this.transaction = transaction;
        this.progress = progress;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        file = files.find(fileId).orElseThrow(() -> new IllegalStateException("no input file " + fileId));
        var recorded = files.outcome(fileId);
        outcomeRecorded = recorded.isPresent();
        if (recorded.isPresent() && recorded.get() != FileStatus.ARCHIVED) {
            // Restarted after a rejected or duplicate file's outcome was stored: nothing of it is left to read.
            reading = new FileReading(new FileOutcome(recorded.get(), null, null, null, null, List.of()));
            return;
        }
        try {
            var earlier = files.earlierWithSameBytes(file);
            if (earlier.isPresent()) {
                reading = new FileReading(FileOutcome.duplicate(earlier.get().id(), earlier.get().relativePath()));
                return;
            }
            reading = core.read(file, home.processing().resolve(file.relativePath()));
            reading.passOver(file.recordsDone());
        } catch (IOException e) {
            throw new ItemStreamException("cannot read input file " + fileId, e);
        }
    }

    @Override
    public RespondentRecord read() throws IOException {
        RespondentRecord record = reading.next();
        if (record == null && !reachedEnd) {
            reachedEnd = true;
            if (!outcomeRecorded) {
                recordOutcome(reading.outcome());
            }
            progress.fileDone(file.sizeBytes());
        }
        return record;
    }

    /** The file as opened; only asked while it gives records. */
    OpenFile openFile() {
        return reading.file().orElseThrow();
    }

    /**
     * Whether the file turned out unreadable half-way: it is rejected whole, so the records read just before the
     * break must not be stored.
     */
    boolean rejectedWhole() {
        return reading.outcomeKnown() && reading.outcome().status() == FileStatus.REJECTED;
    }

    /**
     * Writes the outcome and the file's own issues once, in a transaction of their own; a file rejected half-way
     * drops what it stored before. The decide step settles the file's fate after every partition has ended.
     */
    private void recordOutcome(FileOutcome outcome) {
        transaction.executeWithoutResult(status -> {
            if (outcome.status() == FileStatus.REJECTED) {
                answers.discardRecordsOf(fileId);
                issues.discardOf(fileId);
            }
            issues.insert(fileId, outcome.fileIssues());
            files.recordOutcome(fileId, outcome);
        });
        outcomeRecorded = true;
    }

    @Override
    public void update(ExecutionContext executionContext) {
        if (reading != null && reading.outcomeKnown()) {
            executionContext.putString("outcome", reading.outcome().status().name());
        }
    }

    @Override
    public void close() {
        try {
            if (reading != null) {
                reading.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
