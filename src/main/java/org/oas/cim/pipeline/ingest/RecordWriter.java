package org.oas.cim.pipeline.ingest;

import org.oas.cim.pipeline.cases.CaseRow;
import org.oas.cim.pipeline.cases.CaseStore;
import org.oas.cim.pipeline.issue.Issue;
import org.oas.cim.pipeline.system.ProgressMeter;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import java.util.ArrayList;
import java.util.List;

/**
 * Stores a chunk of one file's records: respondents, answers, raw rows and issues (a repeat of a note or warning the
 * file already stored as one more occurrence of it), or a case file's cases. The file's progress
 * ({@code records_done}) is written in the same transaction, so a partition restarted after a crash resumes exactly
 * after the last stored record: nothing lost, nothing doubled.
 */
class RecordWriter implements ItemWriter<RecordRows> {
    private final long fileId;
    private final FileRecordReader reader;
    private final AnswerStore answers;
    private final CaseStore cases;
    private final IssueStore issues;
    private final InputFileStore files;
    private final ProgressMeter progress;
    private final StoredFoldKeys storedFoldKeys = new StoredFoldKeys();

    RecordWriter(long fileId, FileRecordReader reader, AnswerStore answers, CaseStore cases, IssueStore issues,
                 InputFileStore files, ProgressMeter progress) {
        this.fileId = fileId;
        this.reader = reader;
        this.answers = answers;
        this.cases = cases;
        this.issues = issues;
        this.files = files;
        this.progress = progress;
    }

    @Override
    public void write(Chunk<? extends RecordRows> chunk) {
        if (reader.rejectedWhole()) {
            return;
        }
        List<RecordRows> records = new ArrayList<>(chunk.getItems());
        List<RecordRows> respondents = new ArrayList<>();
        List<CaseRow> caseRows = new ArrayList<>();
        List<Issue> found = new ArrayList<>();
        int rejected = 0;
        for (RecordRows record : records) {
            found.addAll(record.issues());
            if (record.caseRow() != null) {
                caseRows.add(record.caseRow());
            } else {
                respondents.add(record);
            }
            if (!record.taken()) {
                rejected++;
            }
        }
        answers.insert(respondents);
        cases.insert(fileId, caseRows);
        StoredFoldKeys.Split split = storedFoldKeys.split(found);
        issues.insert(fileId, split.toStore());
        issues.addRepeats(fileId, split.repeats());
        files.addProgress(fileId, records.size(), rejected);
        progress.rowsDone(records.size());
    }
}
