package org.oas.cim.pipeline.ingest;

import org.oas.cim.pipeline.issue.Issue;
import org.oas.cim.pipeline.layout.RespondentRecord;

import java.util.List;

/** What the ingest step's reader hands on: a file's records one by one, then the end of the file. */
public sealed interface IngestItem {
    InputFile file();

    /** One respondent's raw record. */
    record RecordRead(OpenFile openFile, RespondentRecord record) implements IngestItem {
        public InputFile file() {
            return openFile.file();
        }
    }

    /**
     * The end of a file, with its verdict.
     *
     * @param status       ARCHIVED, REJECTED or DUPLICATE; ARCHIVED turns into REJECTED if no respondent was taken
     * @param rejection    the file-level issue code that rejected it, or null
     * @param duplicateOf  the earlier file with the same bytes, or null
     * @param fileIssues   issues about the whole file (its header, its format)
     * @param discardRows  a file that failed half-way: what it wrote before is removed
     * @param languageVotes the votes for the file's language, or null where it was not read
     */
    record FileEnd(InputFile file, String instrument, String status, String rejection, Long duplicateOf,
                   List<Issue> fileIssues, boolean discardRows, LanguageGuess.Tally languageVotes) implements IngestItem, IngestOutput {
        /** The file's language as its cells show it, or null where they did not tell (a file not read). */
        public String language() {
            return languageVotes == null ? null : languageVotes.language();
        }
    }
}
