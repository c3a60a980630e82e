package org.oas.cim.pipeline.read;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.oas.cim.pipeline.issue.IssueCode;

/**
 * One worksheet's XML pulled with StAX, one {@code <row>} per call: memory holds one row, whatever the
 * sheet's length. Row and cell references are optional in the format (some writers leave them out), so rows
 * and columns are also counted.
 */
final class XlsxSheet implements SheetStream {
    /** What every sheet of a workbook shares. */
    record Context(String[] sharedStrings, boolean[] dateStyles, boolean date1904) {
    }

    /** XFD, Excel's last column; a longer reference is not one. */
    private static final int MAX_COLUMN = 16_384;

    private final String name;
    private final InputStream in;
    private final XMLStreamReader xml;
    private final Context context;
    private int lastRow;
    private boolean inSheetData;
    private boolean finished;

    XlsxSheet(String name, InputStream in, Context context) throws UnreadableStreamException {
        this.name = name;
        this.in = in;
        this.context = context;
        try {
            this.xml = XmlText.open(in);
        } catch (XMLStreamException e) {
            closeQuietly(in);
            throw Rejections.inStream(e, "a sheet is not well-formed XML");
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public RawRow next() throws IOException {
        try {
            while (!finished && xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String element = xml.getLocalName();
                    if (element.equals("sheetData")) {
                        inSheetData = true;
                    } else if (inSheetData && element.equals("row")) {
                        RawRow row = readRow();
                        if (!row.cells().isEmpty()) {
                            return row;
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("sheetData")) {
                    finished = true;
                }
            }
            finished = true;
            return null;
        } catch (XMLStreamException e) {
            finished = true;
            throw Rejections.inStream(e, "a sheet's XML could not be parsed");
        }
    }

    private RawRow readRow() throws XMLStreamException, UnreadableStreamException {
        Integer declared = integer(XmlText.attribute(xml, "r"));
        int rowNumber = declared != null ? declared : lastRow + 1;
        lastRow = rowNumber;
        List<RawCell> cells = new ArrayList<>();
        int lastColumn = 0;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (xml.getLocalName().equals("c")) {
                    int column = column(XmlText.attribute(xml, "r"), lastColumn);
                    lastColumn = column;
                    RawCell cell = readCell(column);
                    if (cell != null) {
                        cells.add(cell);
                    }
                } else {
                    XmlText.skip(xml);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                return new RawRow(rowNumber, cells);
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("sheet ends inside row " + rowNumber);
            }
        }
    }

    /** The cell whose start tag the reader is on, or null when it holds no value (a styled blank). */
    private RawCell readCell(int column) throws XMLStreamException, UnreadableStreamException {
        String type = XmlText.attribute(xml, "t");
        String style = XmlText.attribute(xml, "s");
        String value = null;
        String inline = null;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "v" -> value = xml.getElementText();
                    case "is" -> inline = XmlText.richText(xml);
                    default -> XmlText.skip(xml);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("sheet ends inside a cell");
            }
        }
        return cell(column, type == null ? "n" : type, style, value, inline);
    }

    private RawCell cell(int column, String type, String style, String value, String inline) throws UnreadableStreamException {
        if (type.equals("inlineStr")) {
            return text(column, inline != null ? inline : value);
        }
        if (value == null || value.isEmpty()) {
            return null;
        }
        return switch (type) {
            case "s" -> text(column, sharedString(value, column));
            case "str" -> text(column, XmlText.unescape(value));
            case "b" -> RawCell.text(column, value.equals("1") || value.equalsIgnoreCase("true") ? "TRUE" : "FALSE");
            case "e" -> RawCell.text(column, value);
            case "d" -> isoDate(column, value);
            default -> number(column, value, style);
        };
    }

    private static RawCell text(int column, String text) {
        return text == null || text.isEmpty() ? null : RawCell.text(column, text);
    }

    private String sharedString(String index, int column) throws UnreadableStreamException {
        Integer i = integer(index);
        String[] strings = context.sharedStrings();
        if (i == null || i < 0 || i >= strings.length) {
            throw new UnreadableStreamException(new UnreadableFileException(IssueCode.FORMAT_ERROR,
                    "The file is corrupt: a cell refers to a shared string that does not exist")
                    .withDetail(UnreadableFileException.SHARED_STRING).at(name, lastRow, column));
        }
        return strings[i];
    }

    /** A number that does not parse is kept as the text the file holds rather than lost. */
    private RawCell number(int column, String value, String style) {
        double number;
        try {
            number = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return RawCell.text(column, value);
        }
        Integer styleIndex = integer(style);
        boolean[] dates = context.dateStyles();
        boolean dateFormatted = styleIndex != null && styleIndex >= 0 && styleIndex < dates.length && dates[styleIndex];
        return CellValues.numeric(column, number, dateFormatted, context.date1904());
    }

    private RawCell isoDate(int column, String value) {
        String text = value.endsWith("Z") ? value.substring(0, value.length() - 1) : value;
        try {
            LocalDateTime date = text.contains("T") ? LocalDateTime.parse(text) : LocalDate.parse(text).atStartOfDay();
            return CellValues.date(column, date, context.date1904());
        } catch (DateTimeParseException e) {
            return RawCell.text(column, value);
        }
    }

    /** The column of a reference ({@code AB12} is 28), or the one after the previous cell where it has none. */
    private static int column(String reference, int previous) {
        int column = 0;
        if (reference != null) {
            for (int i = 0; i < reference.length(); i++) {
                char c = reference.charAt(i);
                char letter = Character.toUpperCase(c);
                if (letter < 'A' || letter > 'Z' || column > MAX_COLUMN) {
                    break;
                }
                column = column * 26 + (letter - 'A' + 1);
            }
        }
        return column > 0 && column <= MAX_COLUMN ? column : previous + 1;
    }

    private static Integer integer(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // the rejection being raised says more than a failed close
        }
    }

    @Override
    public void close() throws IOException {
        finished = true;
        try {
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("closing a sheet's XML", e);
        } finally {
            in.close();
        }
    }
}
