package org.oas.cim.pipeline.read;

import java.io.Closeable;
import java.io.IOException;

/** The rows of one sheet, pulled one at a time so that memory stays flat however long the sheet is. */
public interface SheetStream extends Closeable {
    /** The sheet's name; a CSV file's single sheet is named after the file without its extension. */
    String name();

    /** The next row that has at least one cell, or null at the end of the sheet. */
    RawRow next() throws IOException;
}
