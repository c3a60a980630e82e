package org.oas.cim.pipeline.page;

import java.util.List;

/** A chart's key: small glyphs with what they mean, in lines that wrap at the chart's width. */
final class Legend {
    private static final double SWATCH = 14;
    private static final double GAP = 20;

    /** Draws a glyph of the key, from {@code x} rightwards, centred on the line {@code y}. */
    @FunctionalInterface
    interface Glyph {
        void draw(Markup svg, double x, double y);
    }

    /**
     * One entry of the key.
     *
     * @param glyph the mark as the chart draws it
     * @param width how wide the glyph is
     * @param label what it means
     */
    record Entry(Glyph glyph, double width, String label) {
    }

    private Legend() {
    }

    /** A square of a fill (a colour, or a pattern of the chart). */
    static Entry swatch(String fill, String label) {
        return new Entry((svg, x, y) -> svg.empty("rect", "x", x, "y", y - SWATCH / 2, "width", SWATCH, "height", SWATCH,
                "fill", fill, "stroke", "#333", "stroke-width", 0.8), SWATCH, label);
    }

    static List<Entry> statuses(String chart, List<Shade> shades, PageText text) {
        return shades.stream().map(shade -> swatch(shade.fill(chart), text.statusName(shade))).toList();
    }

    static double height(List<Entry> entries, double row) {
        return place(entries, row, null, 0);
    }

    static void draw(Markup svg, List<Entry> entries, double top, double row) {
        place(entries, row, svg, top);
    }

    /** Lays the entries out, drawing them where {@code svg} is given; returns the height they take. */
    private static double place(List<Entry> entries, double row, Markup svg, double top) {
        if (entries.isEmpty()) {
            return 0;
        }
        double x = 0;
        double y = top + row / 2;
        for (Entry entry : entries) {
            double width = entry.width() + 5 + Chart.textWidth(entry.label(), Chart.FONT) + GAP;
            if (x > 0 && x + width > Chart.WIDTH) {
                x = 0;
                y += row;
            }
            if (svg != null) {
                svg.open("g", "class", "legend");
                entry.glyph().draw(svg, x, y);
                svg.element("text", entry.label(), "x", x + entry.width() + 5, "y", y + 4).close("g");
            }
            x += width;
        }
        return y + row / 2 - top;
    }
}
