package org.oas.cim.pipeline.read;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * An OLE2 file: an Excel 97-2003 workbook read with HSSF (the format caps a sheet at 65,536 rows, so the
 * whole workbook in memory is bounded), or an encrypted OOXML workbook, which Excel also wraps in OLE2 (read where
 * Excel's default password opens it).
 */
final class XlsWorkbook implements WorkbookStream {
    private final POIFSFileSystem fs;
    private final HSSFWorkbook workbook;
    private final boolean date1904;
    private int nextSheet;

    private XlsWorkbook(POIFSFileSystem fs, HSSFWorkbook workbook) {
        this.fs = fs;
        this.workbook = workbook;
        this.date1904 = workbook.getInternalWorkbook().isUsing1904DateWindowing();
    }

    static WorkbookStream open(Path file, ReadLimits limits) throws UnreadableFileException {
        POIFSFileSystem fs;
        try {
            fs = new POIFSFileSystem(file.toFile(), true);
        } catch (IOException | RuntimeException e) {
            throw Rejections.corrupt("the OLE2 container cannot be opened", e);
        }
        try {
            Set<String> entries = new TreeSet<>();
            fs.getRoot().getEntryNames().forEach(name -> entries.add(name.toLowerCase(Locale.ROOT)));
            if (entries.contains("encryptioninfo") || entries.contains("encryptedpackage")) {
                return decryptedWithDefaultPassword(fs, limits);
            }
            // BIFF8 records stand under "Workbook", or "BOOK" as some writers name it; for an Excel 5.0/95 "Book"
            // stream HSSF throws its own exception, which says so.
            if (!entries.contains("workbook") && !entries.contains("book")) {
                throw Rejections.unsupported("An Office file that is not a spreadsheet");
            }
            return new XlsWorkbook(fs, new HSSFWorkbook(fs.getRoot(), false));
        } catch (UnreadableFileException e) {
            closeQuietly(fs);
            throw e;
        } catch (IOException | RuntimeException e) {
            // HSSF reports a damaged record stream with all kinds of runtime exceptions
            closeQuietly(fs);
            throw Rejections.classify(e, "the Excel 97-2003 records cannot be read");
        }
    }

    /**
     * An xlsx that Excel encrypted and wrapped in OLE2. Protected with no password of the user's own (only against
     * changes, say), it is encrypted with Excel's default password, which Excel opens without asking: so is it here.
     * Its parts are inflated from the decrypted stream before the container is closed.
     */
    private static WorkbookStream decryptedWithDefaultPassword(POIFSFileSystem fs, ReadLimits limits)
            throws UnreadableFileException, IOException {
        try (fs) {
            Decryptor decryptor = new EncryptionInfo(fs).getDecryptor();
            if (!decryptor.verifyPassword(Decryptor.DEFAULT_PASSWORD)) {
                throw Rejections.encrypted();
            }
            try (InputStream xlsx = decryptor.getDataStream(fs)) {
                return XlsxWorkbook.open(xlsx, limits);
            }
        } catch (GeneralSecurityException e) {
            throw Rejections.encrypted();
        }
    }

    @Override
    public SheetStream nextSheet() {
        if (nextSheet >= workbook.getNumberOfSheets()) {
            return null;
        }
        Sheet sheet = workbook.getSheetAt(nextSheet++);
        return new XlsSheet(sheet.getSheetName(), sheet.rowIterator());
    }

    @Override
    public void close() throws IOException {
        try {
            workbook.close();
        } finally {
            fs.close();
        }
    }

    private static void closeQuietly(POIFSFileSystem fs) {
        try {
            fs.close();
        } catch (IOException ignored) {
            // the rejection being raised says more than a failed close
        }
    }

    private final class XlsSheet implements SheetStream {
        private final String name;
        private final Iterator<Row> rows;

        XlsSheet(String name, Iterator<Row> rows) {
            this.name = name;
            this.rows = rows;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public RawRow next() {
            while (rows.hasNext()) {
                Row row = rows.next();
                List<RawCell> cells = new ArrayList<>();
                for (Cell cell : row) {
                    RawCell raw = raw(cell);
                    if (raw != null) {
                        cells.add(raw);
                    }
                }
                if (!cells.isEmpty()) {
                    return new RawRow(row.getRowNum() + 1, cells);
                }
            }
            return null;
        }

        private RawCell raw(Cell cell) {
            int column = cell.getColumnIndex() + 1;
            CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
            return switch (type) {
                case STRING -> {
                    String text = cell.getStringCellValue();
                    yield text.isEmpty() ? null : RawCell.text(column, text);
                }
                case NUMERIC -> {
                    CellStyle style = cell.getCellStyle();
                    boolean dateFormatted = DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString());
                    yield CellValues.numeric(column, cell.getNumericCellValue(), dateFormatted, date1904);
                }
                case BOOLEAN -> RawCell.text(column, cell.getBooleanCellValue() ? "TRUE" : "FALSE");
                case ERROR -> RawCell.text(column, errorText(cell.getErrorCellValue()));
                default -> null;
            };
        }

        private static String errorText(byte code) {
            return FormulaError.isValidCode(code) ? FormulaError.forInt(code).getString() : "#ERROR!";
        }

        @Override
        public void close() {
            // the workbook holds the rows; it is released when the workbook closes
        }
    }
}
