package org.oas.cim.pipeline.layout;

import org.oas.cim.pipeline.issue.Issue;
import org.oas.cim.pipeline.issue.IssueCode;
import org.oas.cim.pipeline.normalize.TextKey;
import org.oas.cim.pipeline.read.RawCell;
import org.oas.cim.pipeline.read.RawRow;
import org.oas.cim.pipeline.read.SheetStream;
import org.oas.cim.pipeline.read.UnreadableFileException;
import org.oas.cim.pipeline.read.WorkbookStream;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The respondents of one file, one at a time, in sheet and row order: a wide sheet is pulled a row at a time and
 * never held; a form sheet (one respondent) is read through once. Rows with no answer to any bound item are no
 * respondents: a row with other content (only survey-tool metadata, only unmatched columns) is reported as
 * {@code blank-row} (info), a row of blank cells is skipped silently. A value under no header at all is reported
 * once per column as {@code blank-header}.
 *
 * <p>Those two issues depend on every row, so they are known only once the file has been read:
 * {@link #streamIssues()} is complete when {@link #hasNext()} has returned false, the same whether or not
 * records were {@linkplain #skip skipped}. A failure to read surfaces as an {@link UncheckedIOException} whose
 * cause is the reader's {@link IOException} (an {@code UnreadableStreamException} for a corrupt file).
 */
public final class RecordIterator implements Iterator<RespondentRecord>, Closeable {
    private final Map<Integer, SheetLayout> layouts = new HashMap<>();
    private final int lastIndex;
    private final WorkbookStream workbook;
    private final List<Issue> streamIssues = new ArrayList<>();
    private int index = -1;
    private SheetStream sheet;
    private SheetLayout layout;
    private final Map<Integer, Binding> bindings = new HashMap<>();
    private final BitSet headed = new BitSet();
    private final BitSet blankWarned = new BitSet();
    private RespondentRecord next;
    private boolean done;
    private boolean closed;

    RecordIterator(WorkbookOpener opener, FileInspection inspection) throws IOException, UnreadableFileException {
        inspection.sheets().forEach(l -> layouts.put(l.index(), l));
        this.lastIndex = inspection.sheets().stream().mapToInt(SheetLayout::index).max().orElse(-1);
        this.done = inspection.sheets().isEmpty();
        this.workbook = done ? null : opener.open();
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done) {
            try {
                next = advance();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return next != null;
    }

    @Override
    public RespondentRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        RespondentRecord record = next;
        next = null;
        return record;
    }

    /** How much of the file has been read, from 0 to 1 ({@link WorkbookStream#shareRead}); asked from another thread. */
    public double shareRead() {
        return workbook == null ? 0 : workbook.shareRead();
    }

    /** Blank-header and blank-row issues found in the rows read so far (all of them once the end is reached). */
    public List<Issue> streamIssues() {
        return List.copyOf(streamIssues);
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        done = true;
        SheetStream open = sheet;
        sheet = null;
        try {
            if (open != null) {
                open.close();
            }
        } finally {
            if (workbook != null) {
                workbook.close();
            }
        }
    }

    private RespondentRecord advance() throws IOException {
        while (sheet != null || openNextDataSheet()) {
            RespondentRecord record = layout.layout() == Layout.WIDE ? nextWide() : form();
            if (record != null) {
                return record;
            }
        }
        close();
        return null;
    }

    private boolean openNextDataSheet() throws IOException {
        while (index < lastIndex) {
            SheetStream candidate = workbook.nextSheet();
            if (candidate == null) {
                throw new IllegalStateException("the workbook has fewer sheets than when it was inspected");
            }
            index++;
            SheetLayout found = layouts.get(index);
            if (found == null) {
                candidate.close();
                continue;
            }
            if (!found.name().equals(candidate.name())) {
                candidate.close();
                throw new IllegalStateException("sheet " + index + " is '" + candidate.name() + "', inspected as '" + found.name() + "'");
            }
            sheet = candidate;
            layout = found;
            bindings.clear();
            found.bindings().forEach(b -> bindings.put(b.position(), b));
            headed.clear();
            found.headedColumns().forEach(headed::set);
            blankWarned.clear();
            return true;
        }
        return false;
    }

    /** The next respondent row of the wide sheet, or null (the sheet closed) at its end. */
    private RespondentRecord nextWide() throws IOException {
        for (RawRow row = sheet.next(); row != null; row = sheet.next()) {
            if (row.number() >= layout.dataStartRow()) {
                RespondentRecord record = wideRecord(row);
                if (record != null) {
                    return record;
                }
            }
        }
        closeSheet();
        return null;
    }

    private RespondentRecord wideRecord(RawRow row) {
        Answers answers = new Answers();
        boolean content = false;
        for (RawCell cell : row.cells()) {
            if (cell.text() == null || cell.text().isBlank()) {
                continue;
            }
            content = true;
            Binding binding = bindings.get(cell.column());
            if (binding != null) {
                answers.take(binding, cell, row.number());
            } else if (!headed.get(cell.column()) && !blankWarned.get(cell.column())) {
                blankWarned.set(cell.column());
                streamIssues.add(Issue.of(IssueCode.BLANK_HEADER, layout.name(), layout.headerRow(), cell.column(), null));
            }
        }
        if (answers.cells.isEmpty()) {
            if (content) {
                streamIssues.add(Issue.of(IssueCode.BLANK_ROW, layout.name(), row.number(), 0, null));
            }
            return null;
        }
        return answers.record(layout.name(), row.number());
    }

    /** The form sheet's one respondent, or null where no question is answered; the sheet is read through. */
    private RespondentRecord form() throws IOException {
        int lastBoundRow = layout.bindings().stream().mapToInt(Binding::position).max().orElse(0);
        Answers answers = new Answers();
        for (RawRow row = sheet.next(); row != null && row.number() <= lastBoundRow; row = sheet.next()) {
            Binding binding = bindings.get(row.number());
            Optional<RawCell> answer = row.cell(layout.answerColumn()).filter(c -> c.text() != null && !c.text().isBlank());
            if (binding != null && answer.isPresent()) {
                answers.take(binding, answer.get(), row.number());
            }
        }
        closeSheet();
        return answers.cells.isEmpty() ? null : answers.record(layout.name(), answers.cells.get(0).row());
    }

    private void closeSheet() throws IOException {
        SheetStream finished = sheet;
        sheet = null;
        finished.close();
    }

    /** One respondent's cells as they are taken. */
    private static final class Answers {
        private final List<BoundCell> cells = new ArrayList<>();
        private String submissionId;
        private String phase;

        void take(Binding binding, RawCell cell, int row) {
            switch (binding.kind()) {
                case ITEM, CHOICE_COLUMN -> cells.add(new BoundCell(binding.item(), binding.choiceCode(), cell, row));
                case SUBMISSION_ID -> submissionId = TextKey.clean(cell.text());
                case PHASE -> phase = TextKey.clean(cell.text());
                default -> throw new IllegalStateException("no binding of kind " + binding.kind());
            }
        }

        RespondentRecord record(String sheet, int firstRow) {
            return new RespondentRecord(sheet, firstRow, submissionId, phase, cells);
        }
    }
}
