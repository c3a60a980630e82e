package org.oas.cim.pipeline.ingest;

import org.oas.cim.pipeline.cases.CaseAssembler;
import org.oas.cim.pipeline.codebook.Codebook;
import org.oas.cim.pipeline.codebook.CodebookLoader;
import org.oas.cim.pipeline.codebook.JobsFolder;
import org.oas.cim.pipeline.issue.Issue;
import org.oas.cim.pipeline.issue.IssueCode;
import org.oas.cim.pipeline.layout.FileInspection;
import org.oas.cim.pipeline.layout.FileInspector;
import org.oas.cim.pipeline.layout.RecordIterator;
import org.oas.cim.pipeline.layout.RespondentRecord;
import org.oas.cim.pipeline.layout.WorkbookOpener;
import org.oas.cim.pipeline.normalize.Organizations;
import org.oas.cim.pipeline.normalize.ValueNormalizer;
import org.oas.cim.pipeline.normalize.Vocabulary;
import org.oas.cim.pipeline.read.ReadLimits;
import org.oas.cim.pipeline.read.Spreadsheets;
import org.oas.cim.pipeline.read.UnreadableFileException;
import org.oas.cim.pipeline.read.UnreadableStreamException;
import org.oas.cim.pipeline.study.Study;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one path every file takes through ingest's checks, whether the ingest job stores what they find or
 * {@code validate} only reports it: open and inspect the file, read its records, assemble each into a respondent.
 * What the checks are, and the issue codes each can raise, is declared in {@link Checklist}.
 */
public final class IngestCore {
    private static final Logger log = LoggerFactory.getLogger(IngestCore.class);

    private final FileInspector inspector;
    private final ValueNormalizer normalizer;
    private final LanguageGuess languages;
    private final FileIssues fileIssues;
    private final ReadLimits limits;
    private final RecordAssembler assembler;
    private final CaseAssembler cases;

    public IngestCore(Codebook codebook, Study study, Vocabulary vocabulary, Organizations organizations,
                      Pseudonymizer pseudonymizer, ReadLimits limits) {
        this.normalizer = new ValueNormalizer(codebook, vocabulary);
        this.inspector = new FileInspector(codebook);
        this.languages = new LanguageGuess(codebook);
        this.fileIssues = new FileIssues(limits);
        this.limits = limits;
        this.assembler = new RecordAssembler(codebook, normalizer, organizations, new PhaseResolver(study), pseudonymizer);
        this.cases = new CaseAssembler(codebook, normalizer, vocabulary,
                study.phases().stream().flatMap(p -> p.countries().stream()).collect(Collectors.toSet()));
    }

    /**
     * An ingest core on the study {@code jobs} defines, with the default read limits and a pseudonym key that is random
     * and dies with it: for the commands that store nothing ({@code validate}, {@code estimate}).
     */
    public static IngestCore withThrowawayKey(JobsFolder jobs, Study study) {
        Codebook codebook = CodebookLoader.load(jobs);
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new IngestCore(codebook, study, Vocabulary.load(jobs), Organizations.load(jobs, codebook), new Pseudonymizer(key),
                ReadLimits.defaults());
    }

    /**
     * Opens a file to read its records. A file that cannot be read, or whose header shows no instrument, ends at
     * once with its outcome; so does a file on which a reader fails in a way of its own (a library's exception):
     * that is the file's {@code format-error}, never the run's.
     *
     * @throws IOException the file could not be read from disk at all
     */
    public FileReading read(InputFile file, Path path) throws IOException {
        try {
            return readChecked(file, path);
        } catch (RuntimeException e) {
            return FileReading.failed(file, e);
        }
    }

    private FileReading readChecked(InputFile file, Path path) throws IOException {
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
            return new FileReading(FileOutcome.rejected(IssueCode.NO_INSTRUMENT, issues));
        }
        RecordIterator records;
        try {
            records = inspector.records(opener, inspection);
        } catch (UnreadableFileException e) {
            return unreadable(file, e);
        }
        return new FileReading(OpenFile.of(file, inspection, normalizer), records, languages.tally(), fileIssues);
    }

    private FileReading unreadable(InputFile file, UnreadableFileException e) {
        log.info("Rejected file {}: {}", file.id(), e.code().id());
        return new FileReading(FileOutcome.rejected(e.code(), List.of(fileIssues.unreadable(e, file.fileName()))));
    }

    /** A record assembled into a respondent (or a case), or rejected with its issues; a row never sinks its file. */
    public RecordRows assemble(OpenFile file, RespondentRecord record) {
        try {
            if (CaseAssembler.isCaseInstrument(file.instrument())) {
                CaseAssembler.Assembly assembly = cases.assemble(record);
                return RecordRows.ofCase(file.file().id(), assembly.row(), assembly.issues());
            }
            return assembler.assemble(file, record);
        } catch (RuntimeException e) {
            // The exception's message may quote a cell (a name, say), so only its type is logged.
            log.error("Row {} of sheet {} in file {} could not be assembled ({}); it is rejected",
                    record.firstRow(), record.sheet(), file.file().id(), e.getClass().getName());
            return RecordRows.rejected(file.file().id(), record.sheet(), record.firstRow(), "",
                    List.of(Issue.of(IssueCode.FORMAT_ERROR, record.sheet(), record.firstRow(), 0, null)));
        }
    }
}
