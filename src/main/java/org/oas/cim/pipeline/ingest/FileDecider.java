package org.oas.cim.pipeline.ingest;

import org.oas.cim.pipeline.cases.CaseStore;
import org.oas.cim.pipeline.issue.Issue;
import org.oas.cim.pipeline.issue.IssueCode;
import org.oas.cim.pipeline.linking.VictimLinkStore;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * After every file's partition has ended, settles each file's fate in file order, one file per transaction: a file
 * whose rows gave no respondent (nor case) is rejected for the error its rows met most; a case file's rows outside the
 * study are noted once, with their count; a respondent who answered before is warned, and so are a victim list's
 * repeated rows and near matches with other lists; a taken file supersedes its earlier revisions. Done here rather
 * than in the partitions, so that what one
 * file says about another never depends on which was read first.
 */
class FileDecider implements Tasklet {
    /** Repeated respondents' notes are stored this many at a time. */
    private static final int ISSUE_BATCH = 500;

    private final InputFileStore files;
    private final AnswerStore answers;
    private final CaseStore cases;
    private final IssueStore issues;
    private final VictimLinkStore links;
    private final Clock clock;

    FileDecider(InputFileStore files, AnswerStore answers, CaseStore cases, IssueStore issues, VictimLinkStore links,
                Clock clock) {
        this.files = files;
        this.answers = answers;
        this.cases = cases;
        this.issues = issues;
        this.links = links;
        this.clock = clock;
    }

    /** Decides the oldest file waiting, and asks to be called again while others wait. */
    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<InputFile> waiting = files.ingestedNotDecided();
        if (waiting.isEmpty()) {
            return RepeatStatus.FINISHED;
        }
        decide(waiting.get(0), chunkContext.getStepContext().getStepExecution().getJobExecutionId());
        contribution.incrementWriteCount(1);
        return waiting.size() > 1 ? RepeatStatus.CONTINUABLE : RepeatStatus.FINISHED;
    }

    private void decide(InputFile file, long jobExecutionId) {
        FileStatus status = files.outcome(file.id()).orElseThrow();
        String rejection = null;
        if (status == FileStatus.ARCHIVED) {
            List<Issue> repeated = new ArrayList<>();
            answers.forEachRepeatedRespondent(file.id(), r -> {
                repeated.add(Issue.of(IssueCode.DUPLICATE_RESPONDENT, r.sheet(), r.row(), 0, null, r.firstAnswered()));
                if (repeated.size() == ISSUE_BATCH) {
                    issues.insert(file.id(), repeated);
                    repeated.clear();
                }
            });
            issues.insert(file.id(), repeated);
            issues.insert(file.id(), links.duplicateRows(file.id()).stream()
                    .map(r -> Issue.of(IssueCode.DUPLICATE_ROW, r.sheet(), r.row(), 0, null, r.otherList(), r.otherPlace()))
                    .toList());
            issues.insert(file.id(), links.possibleLinks(file.id()).stream()
                    .map(r -> Issue.of(IssueCode.POSSIBLE_LINK, r.sheet(), r.row(), 0, null, r.otherList(), r.otherPlace()))
                    .toList());
            long outside = cases.outsideStudyOf(file.id());
            if (outside > 0) {
                issues.insert(file.id(), List.of(Issue.ofFile(IssueCode.CASES_OUTSIDE_STUDY, String.valueOf(outside))));
            }
            if (answers.respondentsOf(file.id()) == 0 && cases.casesOf(file.id()) == 0 && outside == 0) {
                status = FileStatus.REJECTED;
                rejection = issues.mostFrequentError(file.id());
            }
        }
        issues.foldRepeats(file.id());
        files.decide(file.id(), status, rejection, clock.instant(), jobExecutionId);
        if (status == FileStatus.ARCHIVED && files.supersedeEarlierRevisions(file) > 0) {
            issues.insert(file.id(), List.of(Issue.ofFile(IssueCode.REVISION, file.relativePath())));
        }
    }
}
