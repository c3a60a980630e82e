package org.oas.cim.pipeline.ingest;

import org.oas.cim.pipeline.issue.IssueCode;

import java.util.EnumSet;
import java.util.Set;

import static org.oas.cim.pipeline.issue.IssueCode.BLANK_HEADER;
import static org.oas.cim.pipeline.issue.IssueCode.BLANK_ROW;
import static org.oas.cim.pipeline.issue.IssueCode.CASES_OUTSIDE_STUDY;
import static org.oas.cim.pipeline.issue.IssueCode.CHOICE_COLUMNS_DISAGREE;
import static org.oas.cim.pipeline.issue.IssueCode.CONSTRAINT_ERROR;
import static org.oas.cim.pipeline.issue.IssueCode.COUNTRY_NOT_IN_PHASE;
import static org.oas.cim.pipeline.issue.IssueCode.DUPLICATE_FILE;
import static org.oas.cim.pipeline.issue.IssueCode.DUPLICATE_LABEL;
import static org.oas.cim.pipeline.issue.IssueCode.DUPLICATE_RESPONDENT;
import static org.oas.cim.pipeline.issue.IssueCode.DUPLICATE_ROW;
import static org.oas.cim.pipeline.issue.IssueCode.ENCODING_ERROR;
import static org.oas.cim.pipeline.issue.IssueCode.ENCRYPTED_FILE;
import static org.oas.cim.pipeline.issue.IssueCode.EXTRA_LABEL;
import static org.oas.cim.pipeline.issue.IssueCode.FORMAT_ERROR;
import static org.oas.cim.pipeline.issue.IssueCode.FUZZY_MATCH;
import static org.oas.cim.pipeline.issue.IssueCode.NEW_ORGANIZATION;
import static org.oas.cim.pipeline.issue.IssueCode.NO_COUNTRY;
import static org.oas.cim.pipeline.issue.IssueCode.NO_INSTRUMENT;
import static org.oas.cim.pipeline.issue.IssueCode.NO_PHASE;
import static org.oas.cim.pipeline.issue.IssueCode.OUT_OF_RANGE;
import static org.oas.cim.pipeline.issue.IssueCode.POSSIBLE_LINK;
import static org.oas.cim.pipeline.issue.IssueCode.REVISION;
import static org.oas.cim.pipeline.issue.IssueCode.TEXT_ENCODING;
import static org.oas.cim.pipeline.issue.IssueCode.TOO_LARGE;
import static org.oas.cim.pipeline.issue.IssueCode.TYPE_ERROR;
import static org.oas.cim.pipeline.issue.IssueCode.UNKNOWN_CHOICE;
import static org.oas.cim.pipeline.issue.IssueCode.UNKNOWN_COUNTRY;
import static org.oas.cim.pipeline.issue.IssueCode.UNSUPPORTED_FORMAT;

/**
 * Every check a file gets on its way in, in the order it meets them, with the issue codes each can raise and the
 * class that runs it. Ingest and {@code validate} both run all of them through {@link IngestCore} (the checks among
 * files against what each has seen: the database for ingest, the files of one call for validate). A new check gets a
 * line here, and its codes a message in every language of {@code messages/issues}.
 */
enum Checklist {
    /** The file opens as a spreadsheet within the limits ({@code read.Spreadsheets}). */
    READABLE("read.Spreadsheets", TOO_LARGE, ENCRYPTED_FILE, UNSUPPORTED_FORMAT, FORMAT_ERROR, ENCODING_ERROR,
            TEXT_ENCODING),
    /** The same bytes have not arrived before (ingest's reader, validate). */
    NEW_BYTES("ingest.FileRecordReader", DUPLICATE_FILE),
    /** A header row binds columns to one instrument's items ({@code layout.Binder}, {@link IngestCore}). */
    HEADER("layout.Binder", NO_INSTRUMENT, DUPLICATE_LABEL, EXTRA_LABEL, BLANK_HEADER, FUZZY_MATCH),
    /** Rows hold records ({@code layout.RecordIterator}). */
    ROWS("layout.RecordIterator", BLANK_ROW, BLANK_HEADER),
    /** Each cell reads as its item's type ({@code normalize.ValueNormalizer}). */
    CELL_VALUES("normalize.ValueNormalizer", TYPE_ERROR, UNKNOWN_CHOICE, UNKNOWN_COUNTRY, OUT_OF_RANGE, FUZZY_MATCH,
            CONSTRAINT_ERROR),
    /** A survey tool's per-choice columns agree with the summary column ({@link RecordAssembler}). */
    CHOICE_COLUMNS("ingest.RecordAssembler", TYPE_ERROR, CHOICE_COLUMNS_DISAGREE),
    /** The row's country and phase are settled ({@link RecordAssembler}, {@link PhaseResolver}). */
    COUNTRY_AND_PHASE("ingest.PhaseResolver", NO_COUNTRY, NO_PHASE, COUNTRY_NOT_IN_PHASE),
    /** The organization is in the registry, or new ({@link RecordAssembler}). */
    ORGANIZATION("ingest.RecordAssembler", NEW_ORGANIZATION, FUZZY_MATCH),
    /** Answers do not contradict each other: the codebooks' relevant and constraint rules ({@code consistency}). */
    CONSISTENCY("consistency.ConsistencyCheck", CONSTRAINT_ERROR),
    /** A respondent answers once per instrument (ingest's decide step, validate). */
    SAME_RESPONDENT("ingest.FileDecider", DUPLICATE_RESPONDENT),
    /** A taken file replaces the earlier files at its path (ingest's decide step). */
    REVISIONS("ingest.FileDecider", REVISION),
    /** A person is on a victim list once, and near matches on other lists are shown, not linked (ingest's decide step). */
    VICTIM_LINKS("ingest.FileDecider", DUPLICATE_ROW, POSSIBLE_LINK),
    /** A case file's rows of countries in no phase are counted, once per file (ingest's decide step). */
    CASES_OUTSIDE_STUDY_ROWS("ingest.FileDecider", CASES_OUTSIDE_STUDY);

    private final String runBy;
    private final Set<IssueCode> codes;

    Checklist(String runBy, IssueCode first, IssueCode... more) {
        this.runBy = runBy;
        this.codes = EnumSet.of(first, more);
    }

    /** The issue codes this check can raise. */
    public Set<IssueCode> codes() {
        return codes;
    }

    /** The class that runs the check, relative to the pipeline's root package. */
    public String runBy() {
        return runBy;
    }
}
