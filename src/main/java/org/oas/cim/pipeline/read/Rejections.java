package org.oas.cim.pipeline.read;

import java.io.IOException;

import javax.xml.stream.XMLStreamException;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.oas.cim.pipeline.issue.IssueCode;

/** The rejections a reader raises, and how exceptions from POI and the XML parser map onto them. */
final class Rejections {
    static final String SAVE_AS = "save it as .xlsx or .csv";

    /** POI's zip-bomb guard throws a plain IOException; only its message tells it apart, and which limit was hit. */
    private static final String POI_ZIP_BOMB = "Zip bomb detected";
    private static final String POI_MAX_SIZE = "max size";

    /** Cause chains are short; the bound only guards against a cycle. */
    private static final int MAX_CAUSES = 32;

    private Rejections() {
    }

    static UnreadableFileException corrupt(String what, Throwable cause) {
        return new UnreadableFileException(IssueCode.FORMAT_ERROR, "The file is corrupt or truncated: " + what, cause);
    }

    static UnreadableFileException unsupported(String what) {
        return new UnreadableFileException(IssueCode.UNSUPPORTED_FORMAT,
                what + " is not a format the pipeline reads; " + SAVE_AS);
    }

    /** Of another format, which the content tells: {@code kind} is what it is, named alike in every language. */
    static UnreadableFileException unsupported(String what, String kind) {
        return unsupported(what).withContentKind(kind);
    }

    static UnreadableFileException encrypted() {
        return new UnreadableFileException(IssueCode.ENCRYPTED_FILE,
                "The workbook is password-protected or encrypted; remove the password and " + SAVE_AS);
    }

    /** A part that expands more than the inflate ratio allows: a zip bomb, or one very long run of the same text. */
    static UnreadableFileException expansion(String detail, Throwable cause) {
        return new UnreadableFileException(IssueCode.TOO_LARGE,
                "A part of the file expands beyond the inflate ratio limit (a zip bomb, or a very repetitive cell): " + detail, cause)
                .withDetail(UnreadableFileException.EXPANSION);
    }

    /** A part that expands beyond the largest size allowed for one part. */
    static UnreadableFileException entrySize(String detail, Throwable cause) {
        return new UnreadableFileException(IssueCode.TOO_LARGE,
                "A part of the file expands beyond the size limit of a part: " + detail, cause).withDetail(UnreadableFileException.ENTRY_SIZE);
    }

    /**
     * What a failure inside POI or the XML parser means for the file. Everything not recognized as a zip bomb,
     * an encryption or an unsupported format is taken as corruption: the bytes on disk are what failed to parse.
     */
    static UnreadableFileException classify(Throwable failure, String what) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < MAX_CAUSES; t = next(t), depth++) {
            if (t instanceof UnreadableFileException unreadable) {
                return unreadable;
            }
            if (t instanceof UnreadableStreamException stream) {
                return stream.unreadable();
            }
            if (t instanceof IOException && t.getMessage() != null && t.getMessage().startsWith(POI_ZIP_BOMB)) {
                return t.getMessage().contains(POI_MAX_SIZE) ? entrySize("found while inflating", failure)
                        : expansion("found while inflating", failure);
            }
            if (t instanceof EncryptedDocumentException) {
                return encrypted();
            }
            if (t instanceof OldExcelFormatException) {
                return unsupported("An Excel 5.0/95 (or older) workbook", "Excel 5.0/95");
            }
            if (t instanceof ODFNotOfficeXmlFileException) {
                return unsupported("An OpenDocument file (.ods)", "OpenDocument (.ods)");
            }
        }
        return corrupt(what, failure);
    }

    /** Mid-stream: the same rejection, carried as an IOException. */
    static UnreadableStreamException inStream(Throwable failure, String what) {
        return new UnreadableStreamException(classify(failure, what));
    }

    private static Throwable next(Throwable t) {
        if (t.getCause() == null && t instanceof XMLStreamException xml) {
            return xml.getNestedException();
        }
        return t.getCause();
    }
}
