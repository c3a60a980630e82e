package org.oas.cim.pipeline.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * The workbook-wide parts a sheet needs, parsed with StAX into plain values: the shared strings as a String
 * array, which cell styles are dates, and the date system. POI's model classes for these build a rich-text
 * object per lookup, which is where its event reader spends a quarter of its time.
 */
final class XlsxParts {
    private XlsxParts() {
    }

    /** The shared strings in index order; empty when the workbook has none (the part is absent). */
    static String[] sharedStrings(InputStream part) throws IOException, XMLStreamException {
        if (part == null) {
            return new String[0];
        }
        List<String> strings = new ArrayList<>();
        try (part) {
            XMLStreamReader xml = XmlText.open(part);
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("si")) {
                        strings.add(XmlText.richText(xml));
                    }
                }
            } finally {
                xml.close();
            }
        }
        return strings.toArray(String[]::new);
    }

    /**
     * For each cell format ({@code cellXfs} index, the {@code s} of a cell), whether it shows a date: a
     * built-in date format, or a custom format that {@link DateUtil#isADateFormat} takes for one.
     */
    static boolean[] dateStyles(InputStream part) throws IOException, XMLStreamException {
        if (part == null) {
            return new boolean[0];
        }
        Map<Integer, String> customFormats = new TreeMap<>();
        List<Integer> cellFormats = new ArrayList<>();
        try (part) {
            XMLStreamReader xml = XmlText.open(part);
            try {
                boolean inCellXfs = false;
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        switch (xml.getLocalName()) {
                            case "numFmt" -> customFormats.put(intAttribute(xml, "numFmtId"), XmlText.attribute(xml, "formatCode"));
                            case "cellXfs" -> inCellXfs = true;
                            case "xf" -> {
                                if (inCellXfs) {
                                    cellFormats.add(intAttribute(xml, "numFmtId"));
                                }
                            }
                            default -> {
                            }
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("cellXfs")) {
                        inCellXfs = false;
                    }
                }
            } finally {
                xml.close();
            }
        }
        boolean[] dates = new boolean[cellFormats.size()];
        for (int i = 0; i < dates.length; i++) {
            int id = cellFormats.get(i);
            String code = customFormats.containsKey(id) ? customFormats.get(id) : BuiltinFormats.getBuiltinFormat(id);
            dates[i] = DateUtil.isADateFormat(id, code);
        }
        return dates;
    }

    /** Whether the workbook counts dates from 1904 ({@code <workbookPr date1904="1"/>}), as old Mac Excel did. */
    static boolean date1904(InputStream part) throws IOException, XMLStreamException {
        try (part) {
            XMLStreamReader xml = XmlText.open(part);
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                        switch (xml.getLocalName()) {
                            case "workbookPr" -> {
                                String value = XmlText.attribute(xml, "date1904");
                                return "1".equals(value) || "true".equalsIgnoreCase(value);
                            }
                            case "sheets" -> {
                                return false;
                            }
                            default -> {
                            }
                        }
                    }
                }
                return false;
            } finally {
                xml.close();
            }
        }
    }

    private static int intAttribute(XMLStreamReader xml, String name) throws XMLStreamException {
        String value = XmlText.attribute(xml, name);
        if (value == null) {
            return 0;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new XMLStreamException("attribute " + name + " is not a number", xml.getLocation(), e);
        }
    }
}
