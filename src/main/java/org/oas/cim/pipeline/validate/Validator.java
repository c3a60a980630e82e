package org.oas.cim.pipeline.validate;

import org.oas.cim.pipeline.codebook.JobsFolder;
import org.oas.cim.pipeline.inbox.FileDigest;
import org.oas.cim.pipeline.ingest.FileOutcome;
import org.oas.cim.pipeline.ingest.FileReading;
import org.oas.cim.pipeline.ingest.FileStatus;
import org.oas.cim.pipeline.ingest.IngestCore;
import org.oas.cim.pipeline.ingest.InputFile;
import org.oas.cim.pipeline.ingest.RecordRows;
import org.oas.cim.pipeline.ingest.RespondentRow;
import org.oas.cim.pipeline.issue.Issue;
import org.oas.cim.pipeline.issue.IssueCode;
import org.oas.cim.pipeline.layout.RespondentRecord;
import org.oas.cim.pipeline.report.FileReport;
import org.oas.cim.pipeline.report.Verdict;
import org.oas.cim.pipeline.study.Study;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs every check of ingest on files and stores nothing: each file goes through ingest's own {@link IngestCore};
 * the same bytes twice, and the same respondent twice, are found among the files this validator has seen, as ingest
 * finds them among the files it holds, and so are a victim list's repeated rows and near matches. One validator per {@code validate} run: its pseudonym key is random and dies
 * with it.
 */
public final class Validator {
    private final IngestCore core;
    private final Map<String, String> filesByBytes = new HashMap<>();
    private final Map<String, String> respondents = new HashMap<>();
    private final VictimLinks victimLinks = new VictimLinks();
    private long nextFileId = 1;

    public Validator(IngestCore core) {
        this.core = core;
    }

    /** A validator on the study {@code jobs} defines, with the default read limits and a throwaway pseudonym key. */
    public static Validator fromJobs(JobsFolder jobs, Study study) {
        return new Validator(IngestCore.withThrowawayKey(jobs, study));
    }

    /**
     * Checks one file as ingest would take it from the inbox.
     *
     * @param phaseHint the phase the file is checked for, as if it sat in {@code inbox/<phase>/}; null for none (the
     *                  phase then comes from the file or its country, as in the inbox's top)
     * @throws IOException the file could not be read from disk at all (not a file, no permission)
     */
    public Validation validate(Path path, String phaseHint) throws IOException {
        String name = path.getFileName().toString();
        FileDigest digest = FileDigest.of(path);
        InputFile file = new InputFile(nextFileId++, name, name, digest.sha256(), digest.size(), phaseHint, FileStatus.CLAIMED, 0);
        String earlier = filesByBytes.putIfAbsent(file.sha256(), path.toString());
        if (earlier != null) {
            return new Validation(path, report(file, FileOutcome.duplicate(null, earlier), 0, 0, List.of()), null);
        }
        List<Issue> recordIssues = new ArrayList<>();
        Map<String, String> seenHere = new LinkedHashMap<>();
        int taken = 0;
        int notTaken = 0;
        int outsideStudy = 0;
        try (FileReading reading = core.read(file, path)) {
            for (RespondentRecord record = reading.next(); record != null; record = reading.next()) {
                RecordRows rows = core.assemble(reading.file().orElseThrow(), record);
                recordIssues.addAll(rows.issues());
                if (!rows.taken()) {
                    notTaken++;
                } else {
                    taken++;
                    if (rows.caseRow() != null && !rows.caseRow().inStudy()) {
                        outsideStudy++;
                    }
                    if (rows.respondent() != null) {
                        repeated(file, rows, seenHere, recordIssues);
                        recordIssues.addAll(victimLinks.check(rows, file.fileName()));
                    }
                }
            }
            FileOutcome outcome = reading.outcome();
            victimLinks.fileEnded(outcome.status() == FileStatus.ARCHIVED);
            if (outcome.status() != FileStatus.ARCHIVED) {
                return new Validation(path, report(file, outcome, 0, 0, List.of()), outcome.language());
            }
            respondents.putAll(seenHere);
            if (outsideStudy > 0) {
                recordIssues.add(Issue.ofFile(IssueCode.CASES_OUTSIDE_STUDY, String.valueOf(outsideStudy)));
            }
            return new Validation(path, report(file, outcome, taken, notTaken, recordIssues), outcome.language());
        }
    }

    /** Like ingest: the same respondent (pseudonym) of the same instrument seen before is kept and warned. */
    private void repeated(InputFile file, RecordRows rows, Map<String, String> seenHere, List<Issue> issues) {
        RespondentRow respondent = rows.respondent();
        String key = respondent.instrument() + "/" + respondent.pseudonym();
        String before = respondents.getOrDefault(key, seenHere.get(key));
        if (before != null) {
            issues.add(Issue.of(IssueCode.DUPLICATE_RESPONDENT, rows.sheet(), rows.row(), 0, null, before));
        } else {
            seenHere.put(key, file.fileName() + ", " + rows.sheet() + " " + rows.row());
        }
    }

    private static FileReport report(InputFile file, FileOutcome outcome, int taken, int notTaken, List<Issue> recordIssues) {
        List<Issue> issues = new ArrayList<>(recordIssues);
        issues.addAll(outcome.fileIssues());
        Verdict verdict = outcome.status() == FileStatus.DUPLICATE ? Verdict.DUPLICATE
                : taken > 0 ? Verdict.TAKEN : Verdict.NOT_TAKEN;
        return FileReport.of(file.fileName(), file.sha256(), verdict, taken, notTaken, Issue.foldRepeats(issues));
    }
}
