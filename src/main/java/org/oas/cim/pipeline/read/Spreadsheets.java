package org.oas.cim.pipeline.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.oas.cim.pipeline.issue.IssueCode;

/**
 * Opens a researcher's file as a stream of sheets and rows. The extension says whether the pipeline takes
 * the file at all; the content (POI's {@link FileMagic}) says how to read it, so that an xls saved with an
 * xlsx name, or an xlsx named .csv, is still read for what it is.
 */
public final class Spreadsheets {
    private static final Set<String> WORKBOOK_EXTENSIONS = Set.of("xlsx", "xlsm", "xls");
    private static final Set<String> TEXT_EXTENSIONS = Set.of("csv", "txt", "tsv");

    private Spreadsheets() {
    }

    /**
     * The file's sheets, in workbook order. The caller closes the stream.
     *
     * @throws UnreadableFileException the file is rejected as a whole: empty (no byte, or no cell in any sheet)
     *                                 or corrupt ({@code format-error}), encrypted ({@code encrypted-file}),
     *                                 over {@link ReadLimits#maxFileBytes()} or a zip bomb ({@code too-large}),
     *                                 of another format ({@code unsupported-format})
     * @throws IOException             the file could not be read from disk; also thrown for a path that is not
     *                                 a regular file (a directory, a link, a pipe)
     */
    public static WorkbookStream open(Path file, ReadLimits limits) throws UnreadableFileException, IOException {
        String fileName = file.getFileName().toString();
        String extension = extension(fileName);
        if (!WORKBOOK_EXTENSIONS.contains(extension) && !TEXT_EXTENSIONS.contains(extension)) {
            throw Rejections.unsupported(extension.isEmpty() ? "A file without an extension" : "A ." + extension + " file");
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("not a regular file: " + file);
        }
        long size = Files.size(file);
        if (size > limits.maxFileBytes()) {
            throw new UnreadableFileException(IssueCode.TOO_LARGE,
                    "The file has " + size + " bytes, over the limit of " + limits.maxFileBytes());
        }
        if (size == 0) {
            throw new UnreadableFileException(IssueCode.FORMAT_ERROR, "The file is empty (0 bytes)")
                    .withDetail(UnreadableFileException.EMPTY);
        }
        return CellCheckedWorkbook.requireCell(openByContent(file, extension, baseName(fileName), limits));
    }

    private static WorkbookStream openByContent(Path file, String extension, String baseName, ReadLimits limits)
            throws UnreadableFileException, IOException {
        FileMagic magic = FileMagic.valueOf(file.toFile());
        return switch (magic) {
            case OOXML -> XlsxWorkbook.open(file, limits);
            case OLE2 -> XlsWorkbook.open(file, limits);
            case UNKNOWN -> {
                if (!TEXT_EXTENSIONS.contains(extension)) {
                    throw Rejections.corrupt("the content is not an Excel workbook", null);
                }
                if (isGzip(file)) {
                    throw Rejections.unsupported("A gzip-compressed file", "gzip");
                }
                yield CsvWorkbook.open(file, baseName, extension.equals("tsv") ? '\t' : ',');
            }
            case BIFF2, BIFF3, BIFF4 -> throw Rejections.unsupported("An Excel 2.x-4.x worksheet", "Excel 2.x-4.x");
            case PDF -> throw Rejections.unsupported("A PDF document", "PDF");
            case HTML -> throw Rejections.unsupported("A web page (HTML)", "HTML");
            case XML -> throw Rejections.unsupported("An XML document (such as an Excel 2003 XML spreadsheet)", "XML");
            default -> throw Rejections.unsupported("A " + magic.name().toLowerCase(Locale.ROOT) + " file", magic.name());
        };
    }

    /** gzip's two magic bytes: compressed bytes named .csv are not text to read. */
    private static boolean isGzip(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(2);
            return start.length == 2 && (start[0] & 0xFF) == 0x1F && (start[1] & 0xFF) == 0x8B;
        }
    }

    /** {@code costa-rica-entrevistas.csv} is {@code csv}; lower case, empty when there is none. */
    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** {@code costa-rica-entrevistas.csv} is {@code costa-rica-entrevistas}: the sheet name of a text file. */
    static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? fileName : fileName.substring(0, dot);
    }
}
