package org.oas.cim.pipeline.read;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

import org.oas.cim.pipeline.issue.Issue;

/**
 * The sheets of one spreadsheet file, in workbook order. A sheet must be read (or skipped) before the
 * next is asked for: streamed formats hand sheets out one after the other.
 */
public interface WorkbookStream extends Closeable {
    /** The next sheet, or null when there is none left. */
    SheetStream nextSheet() throws IOException;

    /**
     * How much of the file's content has been read so far, from 0 to 1, for the progress line; asked from another
     * thread. 0 where the format cannot tell (an .xls is read whole before its first row).
     */
    default double shareRead() {
        return 0;
    }

    /** What opening the file found about it as a whole, short of a rejection (a text file's broken bytes). */
    default List<Issue> issues() {
        return List.of();
    }
}
