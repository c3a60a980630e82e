package org.oas.cim.pipeline.read;

import java.io.InputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.util.XMLHelper;

/**
 * StAX helpers for SpreadsheetML parts. Elements are matched by local name only, so that transitional and
 * strict namespaces, and writers that use a prefix ({@code x:row}), read the same.
 */
final class XmlText {
    /** POI's factory: DTDs and external entities off, namespace aware. Thread-safe once configured. */
    private static final XMLInputFactory FACTORY = XMLHelper.newXMLInputFactory();

    private XmlText() {
    }

    static XMLStreamReader open(InputStream in) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(in);
    }

    /**
     * The text of a string item ({@code <si>} or {@code <is>}), the reader on its start tag: plain text or
     * rich-text runs concatenated, phonetic guides ({@code <rPh>}) left out. Leaves the reader on its end tag.
     */
    static String richText(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        int phoneticDepth = 0;
        boolean inText = false;
        while (depth > 0) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    String name = xml.getLocalName();
                    if (phoneticDepth == 0 && name.equals("rPh")) {
                        phoneticDepth = depth;
                    } else if (phoneticDepth == 0 && name.equals("t")) {
                        inText = true;
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (inText) {
                        text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (depth == phoneticDepth) {
                        phoneticDepth = 0;
                    }
                    inText = false;
                    depth--;
                }
                case XMLStreamConstants.END_DOCUMENT -> throw new XMLStreamException("document ends inside a string");
                default -> {
                }
            }
        }
        return unescape(text.toString());
    }

    /** Consumes the element whose start tag the reader is on, children included. */
    static void skip(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("document ends inside an element");
            }
        }
    }

    /** An attribute by local name, whatever its namespace, or null. */
    static String attribute(XMLStreamReader xml, String localName) {
        for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
            if (xml.getAttributeLocalName(i).equals(localName)) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    /**
     * Decodes the {@code _xHHHH_} escapes OOXML uses for characters XML cannot hold (a carriage return is
     * {@code _x000D_}); a literal {@code _x0041_} is written {@code _x005F_x0041_}, which a single
     * left-to-right pass turns back into itself.
     */
    static String unescape(String text) {
        int at = text.indexOf("_x");
        if (at < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        while (at >= 0) {
            if (isEscape(text, at)) {
                out.append(text, from, at).append((char) Integer.parseInt(text.substring(at + 2, at + 6), 16));
                from = at + 7;
                at = text.indexOf("_x", from);
            } else {
                at = text.indexOf("_x", at + 1);
            }
        }
        return out.append(text, from, text.length()).toString();
    }

    private static boolean isEscape(String text, int at) {
        if (at + 7 > text.length() || text.charAt(at + 6) != '_') {
            return false;
        }
        for (int i = at + 2; i < at + 6; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
