package org.oas.cim.pipeline.layout;

import org.oas.cim.pipeline.issue.Issue;
import org.oas.cim.pipeline.issue.IssueCode;
import org.oas.cim.pipeline.normalize.TextKey;
import org.oas.cim.pipeline.read.RawCell;
import org.oas.cim.pipeline.read.RawRow;
import org.oas.cim.pipeline.read.SheetStream;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The first pass over one sheet: skips instruction and reference sheets, reads a settings sheet whole for the
 * file's metadata, and otherwise reads the first {@link #SAMPLE_ROWS} rows to find a wide header or, failing
 * one, a form (question and answer columns), which it then reads whole: a form is one respondent.
 */
final class SheetScanner {
    /** Rows read from the top of a sheet to find its header. */
    static final int SAMPLE_ROWS = 20;
    /** A form sheet longer than this is no questionnaire: what lies below is not read. */
    static final int MAX_FORM_ROWS = 1000;
    static final int MAX_SETTINGS_ROWS = 500;
    /** Form questions stand in one of the first columns (a code, then perhaps the label). */
    static final int FORM_QUESTION_COLUMNS = 3;
    /** A column is a form's question column when at least this many of its first rows name items. */
    static final int MIN_FORM_MATCHES = 3;

    private final Function<String, HeaderMatch> match;
    private final WideHeaderFinder wideHeaders;

    SheetScanner(Function<String, HeaderMatch> match, HeaderMatcher matcher) {
        this.match = match;
        this.wideHeaders = new WideHeaderFinder(match, matcher);
    }

    /** The sheet's layout, or empty for a sheet without respondents (its metadata cells are still taken). */
    Optional<ScannedSheet> scan(int index, SheetStream sheet, MetadataCollector metadata) throws IOException {
        String name = sheet.name();
        if (SurveyToolColumns.isInstructionSheet(name) || SurveyToolColumns.isReferenceSheet(name)) {
            return Optional.empty();
        }
        if (SurveyToolColumns.isSettingsSheet(name)) {
            for (RawRow row : read(sheet, MAX_SETTINGS_ROWS)) {
                metadata.accept(row);
            }
            return Optional.empty();
        }
        List<RawRow> sample = read(sheet, SAMPLE_ROWS);
        Optional<WideHeaderFinder.WideHeader> wide = wideHeaders.find(sample);
        if (wide.isPresent()) {
            return Optional.of(wide(index, name, wide.get(), sample, metadata));
        }
        List<Integer> questionColumns = questionColumns(sample);
        if (!questionColumns.isEmpty()) {
            List<RawRow> rows = new ArrayList<>(sample);
            rows.addAll(read(sheet, MAX_FORM_ROWS - sample.size()));
            return Optional.of(form(index, name, questionColumns, rows, metadata));
        }
        sample.forEach(metadata::accept);
        return Optional.empty();
    }

    private static ScannedSheet wide(int index, String name, WideHeaderFinder.WideHeader header, List<RawRow> sample,
                                     MetadataCollector metadata) {
        int firstHeaderRow = header.rows().get(0);
        sample.stream().filter(row -> row.number() < firstHeaderRow).forEach(metadata::accept);
        return new ScannedSheet(index, name, Layout.WIDE, header.bestRow(), header.lastRow() + 1, 0,
                List.copyOf(header.columns().values()), List.copyOf(header.columns().keySet()), List.of());
    }

    /**
     * A form: each row's question is its first question-column cell that means something. Rows above the first
     * question, and unmatched rows that hold a {@code Key: value}, are metadata; an answered row whose question
     * matches nothing is kept (to be warned), one whose question cells are blank is a blank header.
     */
    private ScannedSheet form(int index, String name, List<Integer> questionColumns, List<RawRow> rows,
                              MetadataCollector metadata) {
        int answerColumn = questionColumns.get(questionColumns.size() - 1) + 1;
        List<HeaderCell> questions = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        int firstQuestionRow = 0;
        for (RawRow row : rows) {
            HeaderCell question = question(row, questionColumns);
            boolean answered = row.cell(answerColumn).map(c -> c.text() != null && !c.text().isBlank()).orElse(false);
            if (question != null && question.match().kind() != HeaderKind.NONE) {
                firstQuestionRow = firstQuestionRow == 0 ? row.number() : firstQuestionRow;
                questions.add(question);
            } else if (!metadata.accept(row) && answered && firstQuestionRow > 0) {
                if (question == null) {
                    issues.add(Issue.of(IssueCode.BLANK_HEADER, name, row.number(), answerColumn, null));
                } else {
                    questions.add(question);
                }
            }
        }
        return new ScannedSheet(index, name, Layout.FORM, firstQuestionRow, 0, answerColumn, questions, List.of(), issues);
    }

    /** The row's first question cell that matches; else its first non-blank question cell; else null. */
    private HeaderCell question(RawRow row, List<Integer> questionColumns) {
        HeaderCell first = null;
        for (int column : questionColumns) {
            Optional<RawCell> cell = row.cell(column).filter(c -> c.text() != null && !c.text().isBlank());
            if (cell.isEmpty()) {
                continue;
            }
            HeaderCell question = new HeaderCell(row.number(), column, TextKey.clean(cell.get().text()), match.apply(cell.get().text()));
            if (question.match().kind() != HeaderKind.NONE) {
                return question;
            }
            first = first == null ? question : first;
        }
        return first;
    }

    private List<Integer> questionColumns(List<RawRow> sample) {
        List<Integer> columns = new ArrayList<>();
        for (int column = 1; column <= FORM_QUESTION_COLUMNS; column++) {
            int at = column;
            long matches = sample.stream()
                    .map(row -> row.cell(at).map(RawCell::text).orElse(null))
                    .filter(text -> text != null && match.apply(text).isAnswer())
                    .count();
            if (matches >= MIN_FORM_MATCHES) {
                columns.add(column);
            }
        }
        return columns;
    }

    private static List<RawRow> read(SheetStream sheet, int limit) throws IOException {
        List<RawRow> rows = new ArrayList<>();
        while (rows.size() < limit) {
            RawRow row = sheet.next();
            if (row == null) {
                break;
            }
            rows.add(row);
        }
        return rows;
    }
}
