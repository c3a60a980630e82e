package org.oas.cim.pipeline.report.validate;

import org.oas.cim.pipeline.ingest.FileIssues;
import org.oas.cim.pipeline.codebook.Codebook;
import org.oas.cim.pipeline.codebook.CodebookLoader;
import org.oas.cim.pipeline.codebook.JobsFolder;
import org.oas.cim.pipeline.ingest.IngestItem;
import org.oas.cim.pipeline.ingest.InputFile;
import org.oas.cim.pipeline.ingest.LanguageGuess;
import org.oas.cim.pipeline.ingest.OpenFile;
import org.oas.cim.pipeline.ingest.PhaseResolver;
import org.oas.cim.pipeline.ingest.Pseudonymizer;
import org.oas.cim.pipeline.ingest.RecordAssembler;
import org.oas.cim.pipeline.ingest.RecordProcessor;
import org.oas.cim.pipeline.ingest.RecordRows;
import org.oas.cim.pipeline.ingest.RespondentRow;
import org.oas.cim.pipeline.issue.Issue;
import org.oas.cim.pipeline.issue.IssueCode;
import org.oas.cim.pipeline.layout.FileInspection;
import org.oas.cim.pipeline.layout.FileInspector;
import org.oas.cim.pipeline.layout.RecordIterator;
import org.oas.cim.pipeline.layout.WorkbookOpener;
import org.oas.cim.pipeline.normalize.Countries;
import org.oas.cim.pipeline.normalize.Organizations;
import org.oas.cim.pipeline.normalize.ValueNormalizer;
import org.oas.cim.pipeline.normalize.Vocabulary;
import org.oas.cim.pipeline.read.ReadLimits;
import org.oas.cim.pipeline.read.Spreadsheets;
import org.oas.cim.pipeline.read.UnreadableFileException;
import org.oas.cim.pipeline.read.UnreadableStreamException;
import org.oas.cim.pipeline.report.FileReport;
import org.oas.cim.pipeline.report.Verdict;
import org.oas.cim.pipeline.study.Study;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs every check of ingest on files and stores nothing: the file is read, inspected, and each record assembled
 * by ingest's own {@link RecordAssembler}, with phase and country resolution; the same bytes twice, and the same
 * respondent twice, are found among the files this validator has seen. One validator per {@code validate} run:
 * its pseudonym key is random and dies with it.
 */
public final class Validator {

    private final FileInspector inspector;
    private final RecordProcessor processor;
    private final Countries countries;
    private final LanguageGuess languages;
    private final ReadLimits limits;
    private final String phaseHint;
    private final Map<String, String> filesByBytes = new HashMap<>();
    private final Map<String, String> respondents = new HashMap<>();
    private long nextFileId = 1;

    /**
     * @param phaseHint the phase the files are checked for, as if they sat in {@code inbox/<phase>/}; null for
     *                  none (the phase then comes from the file or its country, as in the inbox's top)
     */
    public Validator(Codebook codebook, Study study, Vocabulary vocabulary, Organizations organizations, ReadLimits limits,
                     Pseudonymizer pseudonymizer, String phaseHint) {
        ValueNormalizer normalizer = new ValueNormalizer(codebook, vocabulary);
        this.inspector = new FileInspector(codebook);
        this.processor = new RecordProcessor(new RecordAssembler(codebook, normalizer, organizations, new PhaseResolver(study),
                pseudonymizer));
        this.countries = normalizer.countries();
        this.languages = new LanguageGuess(codebook);
        this.limits = limits;
        this.phaseHint = phaseHint;
    }

    /** A validator on the study {@code jobs} defines, with the default read limits and a throwaway pseudonym key. */
    public static Validator fromJobs(JobsFolder jobs, Study study, String phaseHint) {
        Codebook codebook = CodebookLoader.load(jobs);
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new Validator(codebook, study, Vocabulary.load(jobs), Organizations.load(jobs, codebook), ReadLimits.defaults(),
                new Pseudonymizer(key), phaseHint);
    }

    /**
     * Checks one file as ingest would take it from the inbox.
     *
     * @throws IOException the file could not be read from disk at all (not a file, no permission)
     */
    public Validation validate(Path path) throws IOException {
        String name = path.getFileName().toString();
        InputFile file = new InputFile(nextFileId++, name, name, sha256(path), Files.size(path), phaseHint, InputFile.CLAIMED, 0);
        String earlier = filesByBytes.putIfAbsent(file.sha256(), path.toString());
        if (earlier != null) {
            return ended(path, file, Verdict.DUPLICATE, List.of(Issue.ofFile(IssueCode.DUPLICATE_FILE, earlier)));
        }
        WorkbookOpener opener = () -> Spreadsheets.open(path, limits);
        FileInspection inspection;
        try {
            inspection = inspector.inspect(opener);
        } catch (UnreadableStreamException streamed) {
            return ended(path, file, Verdict.NOT_TAKEN, List.of(FileIssues.unreadable(streamed.unreadable(), name, limits)));
        } catch (UnreadableFileException e) {
            return ended(path, file, Verdict.NOT_TAKEN, List.of(FileIssues.unreadable(e, name, limits)));
        }
        if (inspection.instrument().isEmpty()) {
            List<Issue> issues = new ArrayList<>(inspection.issues());
            issues.add(Issue.ofFile(IssueCode.NO_INSTRUMENT, name));
            return ended(path, file, Verdict.NOT_TAKEN, issues);
        }
        return records(path, file, opener, inspection);
    }

    /** Every record assembled; a file that turns out unreadable half-way keeps nothing but that. */
    private Validation records(Path path, InputFile file, WorkbookOpener opener, FileInspection inspection) throws IOException {
        OpenFile open = OpenFile.of(file, inspection, countries, languages.tally());
        List<Issue> issues = new ArrayList<>(inspection.issues());
        Map<String, String> seenHere = new LinkedHashMap<>();
        int taken = 0;
        int notTaken = 0;
        try (RecordIterator records = inspector.records(opener, inspection)) {
            while (records.hasNext()) {
                RecordRows rows = (RecordRows) processor.process(new IngestItem.RecordRead(open, records.next()));
                issues.addAll(rows.issues());
                if (rows.respondent() == null) {
                    notTaken++;
                } else {
                    taken++;
                    duplicate(file, rows, seenHere).ifPresent(issues::add);
                }
            }
            issues.addAll(records.streamIssues());
        } catch (UnreadableFileException e) {
            return ended(path, file, Verdict.NOT_TAKEN, List.of(FileIssues.unreadable(e, file.fileName(), limits)));
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof UnreadableStreamException unreadable) {
                return ended(path, file, Verdict.NOT_TAKEN, List.of(FileIssues.unreadable(unreadable.unreadable(), file.fileName(), limits)));
            }
            throw e;
        }
        respondents.putAll(seenHere);
        FileReport report = new FileReport(file.fileName(), file.sha256(), taken > 0 ? Verdict.TAKEN : Verdict.NOT_TAKEN,
                taken, notTaken, issues);
        return new Validation(path, report, open.language().language());
    }

    /** Like ingest: the same respondent (pseudonym) of the same instrument seen before is kept and warned. */
    private Optional<Issue> duplicate(InputFile file, RecordRows rows, Map<String, String> seenHere) {
        RespondentRow respondent = rows.respondent();
        String key = respondent.instrument() + "/" + respondent.pseudonym();
        String before = respondents.getOrDefault(key, seenHere.get(key));
        if (before != null) {
            return Optional.of(Issue.of(IssueCode.DUPLICATE_RESPONDENT, rows.sheet(), rows.row(), 0, null, before));
        }
        seenHere.put(key, file.fileName() + ", " + rows.sheet() + " " + rows.row());
        return Optional.empty();
    }

    private static Validation ended(Path path, InputFile file, Verdict verdict, List<Issue> issues) {
        return new Validation(path, new FileReport(file.fileName(), file.sha256(), verdict, 0, 0, issues), null);
    }

    /** Read without following a link, as the inbox reads files. */
    private static String sha256(Path file) throws IOException {
        MessageDigest hash;
        try {
            hash = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                hash.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(hash.digest());
    }
}
