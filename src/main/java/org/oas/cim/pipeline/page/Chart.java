package org.oas.cim.pipeline.page;

/**
 * What every chart of the page shares: an SVG that scales to the page's width, announced to screen readers as
 * one image with a title and a description, and a rough measure of text (no font is loaded, so widths are
 * estimated from the number of characters).
 */
final class Chart {
    /** The width of every chart, in the SVG's own units. */
    static final double WIDTH = 800;
    static final double FONT = 12;
    private static final double CHARACTER = 0.56;

    private Chart() {
    }

    /** Opens a chart: {@code <svg role="img">} with its {@code <title>}, {@code <desc>} and the status patterns. */
    static void open(Markup svg, String id, double height, String title, String description) {
        svg.open("svg", "id", id, "class", "chart", "role", "img", "viewBox", "0 0 " + Markup.number(WIDTH) + " " + Markup.number(height),
                        "width", WIDTH, "height", height, "aria-labelledby", id + "-title " + id + "-desc")
                .element("title", title, "id", id + "-title")
                .element("desc", description, "id", id + "-desc");
        Shade.defs(svg, id);
    }

    /** A small swatch of one status, as an image of its own, beside the status's explanation. */
    static void swatch(Markup svg, String id, Shade shade, String name, String explanation) {
        svg.open("svg", "id", id, "class", "swatch", "role", "img", "viewBox", "0 0 28 16", "width", 28, "height", 16,
                        "aria-labelledby", id + "-title " + id + "-desc")
                .element("title", name, "id", id + "-title")
                .element("desc", explanation, "id", id + "-desc");
        Shade.defs(svg, id, shade);
        svg.empty("rect", "x", 0.5, "y", 0.5, "width", 27, "height", 15, "fill", shade.fill(id), "stroke", "#333");
        close(svg);
    }

    /** Attribute pairs of a mark: the ones it shares with its chart's other marks, then its own. */
    static Object[] attributes(Object[] first, Object... more) {
        Object[] all = new Object[first.length + more.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    static void close(Markup svg) {
        svg.close("svg").newline();
    }

    static double textWidth(String text, double fontSize) {
        return text.length() * fontSize * CHARACTER;
    }

    /** The text, cut with an ellipsis where it would be wider than {@code width} (the full text goes in a title). */
    static String fit(String text, double width, double fontSize) {
        int fits = (int) Math.floor(width / (fontSize * CHARACTER));
        return text.length() <= fits ? text : text.substring(0, Math.max(1, fits - 1)).strip() + "\u2026";
    }

    /** The width a column of labels needs, within bounds so that the plot keeps most of the chart. */
    static double labelWidth(Iterable<String> labels, double min, double max) {
        double widest = min;
        for (String label : labels) {
            widest = Math.max(widest, textWidth(label, FONT) + 12);
        }
        return Math.min(widest, max);
    }

    /** An id made of letters, digits and dashes only, for anchors and SVG ids. */
    static String id(String... parts) {
        return String.join("-", parts).replaceAll("[^A-Za-z0-9-]", "-");
    }
}
