package org.oas.cim.pipeline.ingest;

import org.oas.cim.pipeline.issue.Issue;
import org.oas.cim.pipeline.issue.IssueCode;
import org.oas.cim.pipeline.cases.CaseStore;
import org.oas.cim.pipeline.layout.RespondentRecord;
import org.oas.cim.pipeline.system.HomeFolder;
import org.oas.cim.pipeline.system.ProgressMeter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Reads one claimed file (its partition's) record by record through the {@link IngestCore}, assembling each a little
 * ahead of the step on a thread of its own ({@link ReadAhead}), and once its partition has stored every record, records
 * the file's {@link FileOutcome}. Where to resume comes from the database (the file's
 * {@code records_done}, written with its rows), so a restarted partition continues after the last stored record; a
 * partition that ended without recording the outcome (a crash just then) is run again, reads nothing new, and records it.
 */
class FileRecordReader implements ItemStreamReader<RecordRows>, StepExecutionListener {
    private static final Logger log = LoggerFactory.getLogger(FileRecordReader.class);

    private final long fileId;
    private final HomeFolder home;
    private final InputFileStore files;
    private final IssueStore issues;
    private final AnswerStore answers;
    private final CaseStore cases;
    private final IngestCore core;
    private final TransactionTemplate transaction;
    private final ProgressMeter progress;
    private final int readAhead;

    private InputFile file;
    private FileReading reading;
    private ReadAhead assembled;
    private boolean outcomeRecorded;

    /** @param readAhead how many records may be read and assembled ahead of the ones being stored */
    FileRecordReader(long fileId, HomeFolder home, InputFileStore files, IssueStore issues, AnswerStore answers,
                     CaseStore cases, IngestCore core, TransactionTemplate transaction, ProgressMeter progress,
                     int readAhead) {
        this.fileId = fileId;
        this.home = home;
        this.files = files;
        this.issues = issues;
        this.answers = answers;
        this.cases = cases;
        this.core = core;
        this.transaction = transaction;
        this.progress = progress;
        this.readAhead = readAhead;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        file = files.find(fileId).orElseThrow(() -> new IllegalStateException("no input file " + fileId));
        var earlier = files.earlierWithSameBytes(file);
        if (earlier.isPresent()) {
            reading = new FileReading(FileOutcome.duplicate(earlier.get().id(), earlier.get().relativePath()));
        } else {
            try {
                reading = core.read(file, home.processing().resolve(file.relativePath()));
                progress.fileStarted(fileId, file.sizeBytes(), reading::shareRead);
                reading.passOver(file.recordsDone());
            } catch (IOException | RuntimeException e) {
                reading = FileReading.failed(file, e);
            }
        }
        FileReading source = reading;
        assembled = new ReadAhead("ingest-read-" + fileId, readAhead, () -> {
            RespondentRecord record = source.next();
            return record == null ? null : core.assemble(source.file().orElseThrow(), record);
        });
    }

    @Override
    public RecordRows read() throws IOException {
        return assembled.next();
    }

    /** Whether the file has been read to its end, so that its outcome is known here. */
    private boolean outcomeKnown() {
        return assembled != null && assembled.ended() && reading.outcomeKnown();
    }

    /**
     * Whether the file turned out unreadable half-way: it is rejected whole, so the records read just before the
     * break must not be stored.
     */
    boolean rejectedWhole() {
        return outcomeKnown() && reading.outcome().status() == FileStatus.REJECTED;
    }

    /**
     * Once every record is stored, writes the outcome and the file's own issues, in a transaction of their own; a file
     * rejected half-way drops what it stored before. The decide step settles the file's fate after every partition.
     */
    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (outcomeKnown() && !outcomeRecorded && stepExecution.getStatus() == BatchStatus.COMPLETED) {
            recordOutcome(reading.outcome());
            progress.fileDone(fileId, file.sizeBytes());
        } else if (file != null && stepExecution.getStatus() == BatchStatus.FAILED) {
            isolateFailure(stepExecution);
        }
        return stepExecution.getExitStatus();
    }

    /**
     * A partition that failed all the same (a write the database refused, an error no reader caught) rejects its file
     * alone, with a {@code format-error}, so that the other files and later runs go on ({@link IsolatedFailures}). Where
     * even that cannot be written (the database is gone), the failure stays the run's.
     */
    private void isolateFailure(StepExecution stepExecution) {
        log.warn("Rejected file {}: storing it failed ({})", fileId, stepExecution.getFailureExceptions().stream()
                .map(e -> e.getClass().getName()).toList());
        recordOutcome(FileOutcome.rejected(IssueCode.FORMAT_ERROR, List.of(Issue.ofFile(IssueCode.FORMAT_ERROR, file.fileName()))));
        IsolatedFailures.mark(stepExecution);
        progress.fileDone(fileId, file.sizeBytes());
    }

    private void recordOutcome(FileOutcome outcome) {
        transaction.executeWithoutResult(status -> {
            if (outcome.status() == FileStatus.REJECTED) {
                answers.discardRecordsOf(fileId);
                cases.discardOf(fileId);
                issues.discardOf(fileId);
            }
            issues.insert(fileId, outcome.fileIssues());
            files.recordOutcome(fileId, outcome);
        });
        outcomeRecorded = true;
    }

    @Override
    public void update(ExecutionContext executionContext) {
        if (outcomeKnown()) {
            executionContext.putString("outcome", reading.outcome().status().name());
        }
    }

    @Override
    public void close() {
        if (assembled != null) {
            // Before the file is closed: the thread reading it must have stopped.
            assembled.close();
        }
        try {
            if (reading != null) {
                reading.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
