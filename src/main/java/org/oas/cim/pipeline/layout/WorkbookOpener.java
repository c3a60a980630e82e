package org.oas.cim.pipeline.layout;

import org.oas.cim.pipeline.read.UnreadableFileException;
import org.oas.cim.pipeline.read.WorkbookStream;

import java.io.IOException;

/**
 * Opens one file as a fresh workbook stream, from its first sheet. Inspection and records each open the file
 * once, so a sheet that comes after the data ({@code settings}) can still shape how the data is read.
 */
@FunctionalInterface
public interface WorkbookOpener {
    WorkbookStream open() throws IOException, UnreadableFileException;
}
