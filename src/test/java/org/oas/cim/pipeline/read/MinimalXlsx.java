package org.oas.cim.pipeline.read;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Test helper: an xlsx written part by part, so that tests control the XML exactly (cells without
 * references, phonetic runs, a lying zip, a broken sheet) the way other writers than POI produce it.
 */
final class MinimalXlsx {
    static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final Map<String, byte[]> sheets = new LinkedHashMap<>();
    private String sharedStrings;
    private String styles;
    private boolean date1904;

    /** A sheet whose {@code <sheetData>} holds the given rows. */
    MinimalXlsx sheet(String name, String rowsXml) {
        return rawSheet(name, ("<worksheet xmlns=\"" + MAIN_NS + "\"><sheetData>" + rowsXml + "</sheetData></worksheet>")
                .getBytes(StandardCharsets.UTF_8));
    }

    MinimalXlsx rawSheet(String name, byte[] xml) {
        sheets.put(name, xml);
        return this;
    }

    MinimalXlsx sharedStrings(String... items) {
        sharedStrings = "<sst xmlns=\"" + MAIN_NS + "\">" + String.join("", items) + "</sst>";
        return this;
    }

    /** Cell formats ({@code <xf>} elements, index = the cell's {@code s}) and optional custom number formats. */
    MinimalXlsx styles(String numFmts, String... cellXfs) {
        styles = "<styleSheet xmlns=\"" + MAIN_NS + "\">" + numFmts + "<cellStyleXfs><xf numFmtId=\"14\"/></cellStyleXfs>"
                + "<cellXfs>" + String.join("", cellXfs) + "</cellXfs></styleSheet>";
        return this;
    }

    MinimalXlsx date1904() {
        date1904 = true;
        return this;
    }

    Map<String, byte[]> parts() {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        StringBuilder types = new StringBuilder("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
        StringBuilder workbook = new StringBuilder("<workbook xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\">"
                + (date1904 ? "<workbookPr date1904=\"1\"/>" : "") + "<sheets>");
        StringBuilder rels = new StringBuilder("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        int n = 0;
        for (Map.Entry<String, byte[]> sheet : sheets.entrySet()) {
            n++;
            types.append("<Override PartName=\"/xl/worksheets/sheet").append(n)
                    .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            workbook.append("<sheet name=\"").append(sheet.getKey()).append("\" sheetId=\"").append(n).append("\" r:id=\"rId").append(n).append("\"/>");
            rels.append("<Relationship Id=\"rId").append(n)
                    .append("\" Type=\"" + REL_NS + "/worksheet\" Target=\"worksheets/sheet").append(n).append(".xml\"/>");
        }
        if (sharedStrings != null) {
            types.append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
            rels.append("<Relationship Id=\"rIdS\" Type=\"" + REL_NS + "/sharedStrings\" Target=\"sharedStrings.xml\"/>");
        }
        if (styles != null) {
            types.append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
            rels.append("<Relationship Id=\"rIdT\" Type=\"" + REL_NS + "/styles\" Target=\"styles.xml\"/>");
        }
        parts.put("[Content_Types].xml", utf8(types.append("</Types>")));
        parts.put("_rels/.rels", utf8("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"));
        parts.put("xl/workbook.xml", utf8(workbook.append("</sheets></workbook>")));
        parts.put("xl/_rels/workbook.xml.rels", utf8(rels.append("</Relationships>")));
        if (sharedStrings != null) {
            parts.put("xl/sharedStrings.xml", utf8(sharedStrings));
        }
        if (styles != null) {
            parts.put("xl/styles.xml", utf8(styles));
        }
        n = 0;
        for (byte[] sheet : sheets.values()) {
            parts.put("xl/worksheets/sheet" + (++n) + ".xml", sheet);
        }
        return parts;
    }

    Path write(Path file) throws IOException {
        return zip(file, parts());
    }

    /** A zip of the given entries, deflated, in the given order. */
    static Path zip(Path file, Map<String, byte[]> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    private static byte[] utf8(CharSequence text) {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
