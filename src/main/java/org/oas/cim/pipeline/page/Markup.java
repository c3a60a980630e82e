package org.oas.cim.pipeline.page;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Writes HTML and inline SVG as text. Every attribute value and text node goes through {@link #escape}, so a
 * label from a table can never open an element; attributes are written in the order given, and a null value
 * leaves its attribute out, so that the same calls give the same bytes.
 */
final class Markup {
    private final StringBuilder out = new StringBuilder(1 << 16);

    /** Opens an element; {@code attributes} are name, value pairs. */
    Markup open(String element, Object... attributes) {
        out.append('<').append(element);
        attributes(attributes);
        out.append('>');
        return this;
    }

    Markup close(String element) {
        out.append("</").append(element).append('>');
        return this;
    }

    /** An element without content, closed as XML would have it ({@code <rect ... />}): the page parses as XML too. */
    Markup empty(String element, Object... attributes) {
        out.append('<').append(element);
        attributes(attributes);
        out.append("/>");
        return this;
    }

    /** An element holding only text. */
    Markup element(String element, String text, Object... attributes) {
        return open(element, attributes).text(text).close(element);
    }

    Markup text(String text) {
        out.append(escape(text));
        return this;
    }

    /** Markup written by this package (the stylesheet), taken as it is. */
    Markup raw(String markup) {
        out.append(markup);
        return this;
    }

    Markup newline() {
        out.append('\n');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void attributes(Object[] attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            Object value = attributes[i + 1];
            if (value != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(escape(attribute(value))).append('"');
            }
        }
    }

    private static String attribute(Object value) {
        if (value instanceof Double d) {
            return number(d);
        }
        if (value instanceof BigDecimal b) {
            return b.toPlainString();
        }
        return value.toString();
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** A coordinate: at most two decimals, a point, no trailing zeros ({@code 12.5}, {@code 40}). */
    static String number(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        text = text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
        return "-0".equals(text) ? "0" : text;
    }
}
