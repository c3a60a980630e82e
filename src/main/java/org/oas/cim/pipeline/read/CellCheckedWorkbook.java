package org.oas.cim.pipeline.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.oas.cim.pipeline.issue.Issue;
import org.oas.cim.pipeline.issue.IssueCode;

/**
 * A workbook known to hold at least one cell. The check reads up to the first cell, at open time, so that
 * an empty file is rejected before a caller starts on it; what the check read is handed out again (the
 * empty sheets before, the first row), so nothing is read twice.
 */
final class CellCheckedWorkbook implements WorkbookStream {
    private final WorkbookStream workbook;
    private final List<String> emptySheets;
    private SheetStream firstSheet;
    private RawRow firstRow;
    private int replayed;

    private CellCheckedWorkbook(WorkbookStream workbook, List<String> emptySheets, SheetStream firstSheet, RawRow firstRow) {
        this.workbook = workbook;
        this.emptySheets = emptySheets;
        this.firstSheet = firstSheet;
        this.firstRow = firstRow;
    }

    /** The workbook, or a FORMAT_ERROR rejection when no sheet of it holds a cell; closes it on rejection. */
    static WorkbookStream requireCell(WorkbookStream workbook) throws UnreadableFileException, IOException {
        List<String> emptySheets = new ArrayList<>();
        try {
            for (SheetStream sheet = workbook.nextSheet(); sheet != null; sheet = workbook.nextSheet()) {
                RawRow first = sheet.next();
                if (first != null) {
                    return new CellCheckedWorkbook(workbook, emptySheets, sheet, first);
                }
                emptySheets.add(sheet.name());
                sheet.close();
            }
        } catch (UnreadableStreamException e) {
            closeAfterFailure(workbook, e);
            throw e.unreadable();
        } catch (IOException | RuntimeException e) {
            closeAfterFailure(workbook, e);
            throw e;
        }
        workbook.close();
        throw new UnreadableFileException(IssueCode.FORMAT_ERROR, "The file is empty: no sheet holds a single cell")
                .withDetail(UnreadableFileException.EMPTY);
    }

    @Override
    public SheetStream nextSheet() throws IOException {
        if (replayed < emptySheets.size()) {
            return new EmptySheet(emptySheets.get(replayed++));
        }
        if (firstSheet != null) {
            SheetStream sheet = new FirstSheet(firstSheet, firstRow);
            firstSheet = null;
            firstRow = null;
            return sheet;
        }
        return workbook.nextSheet();
    }

    @Override
    public List<Issue> issues() {
        return workbook.issues();
    }

    @Override
    public double shareRead() {
        return workbook.shareRead();
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    private static void closeAfterFailure(WorkbookStream workbook, Exception failure) {
        try {
            workbook.close();
        } catch (IOException | RuntimeException suppressed) {
            failure.addSuppressed(suppressed);
        }
    }

    private record EmptySheet(String name) implements SheetStream {
        @Override
        public RawRow next() {
            return null;
        }

        @Override
        public void close() {
            // nothing left open: the sheet was read to its end during the check
        }
    }

    /** The sheet that held the first cell, its first row given back before the rest. */
    private static final class FirstSheet implements SheetStream {
        private final SheetStream sheet;
        private RawRow pending;

        FirstSheet(SheetStream sheet, RawRow pending) {
            this.sheet = sheet;
            this.pending = pending;
        }

        @Override
        public String name() {
            return sheet.name();
        }

        @Override
        public RawRow next() throws IOException {
            if (pending != null) {
                RawRow row = pending;
                pending = null;
                return row;
            }
            return sheet.next();
        }

        @Override
        public void close() throws IOException {
            sheet.close();
        }
    }
}
