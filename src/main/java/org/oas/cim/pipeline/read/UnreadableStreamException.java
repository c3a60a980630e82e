package org.oas.cim.pipeline.read;

import java.io.IOException;

/**
 * A file found unreadable while its rows were being pulled (corrupt XML in a later sheet, a zip bomb hidden
 * behind a false size): {@link SheetStream#next()} and {@link WorkbookStream#nextSheet()} may only throw
 * {@link IOException}, so the rejection travels inside this one. Any other IOException is a fault of the
 * machine (disk, permissions), not of the file.
 */
public final class UnreadableStreamException extends IOException {
    public UnreadableStreamException(UnreadableFileException unreadable) {
        super(unreadable.getMessage(), unreadable);
    }

    /** The rejection, with its issue code. */
    public UnreadableFileException unreadable() {
        return (UnreadableFileException) getCause();
    }
}
