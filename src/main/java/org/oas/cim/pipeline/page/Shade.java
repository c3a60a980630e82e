package org.oas.cim.pipeline.page;

import org.oas.cim.pipeline.verify.Status;

/**
 * How a status is drawn, the same in every chart: a colour of the Okabe-Ito palette (told apart with any kind of
 * colour blindness; the hues follow the workbook's status colours: green agrees, red-orange disagrees, blues rest
 * on one stage) and a pattern on top, so that a black-and-white print still tells the statuses apart. A status
 * withheld by disclosure control has its own shade: white, cross-hatched, never the look of a zero.
 */
enum Shade {
    CORROBORATED(Status.CORROBORATED, "#009E73", ""),
    CONTESTED(Status.CONTESTED, "#D55E00", "<path d=\"M-2,2 L2,-2 M0,8 L8,0 M6,10 L10,6\" stroke=\"#000\" stroke-opacity=\"0.45\" stroke-width=\"1.6\"/>"),
    UNCONFIRMED(Status.UNCONFIRMED, "#E69F00", "<circle cx=\"4\" cy=\"4\" r=\"1.5\" fill=\"#000\" fill-opacity=\"0.5\"/>"),
    STAGE1_ONLY(Status.STAGE1_ONLY, "#56B4E9", "<path d=\"M0,4 L8,4\" stroke=\"#000\" stroke-opacity=\"0.4\" stroke-width=\"1.4\"/>"),
    STAGE2_ONLY(Status.STAGE2_ONLY, "#0072B2", "<path d=\"M4,0 L4,8\" stroke=\"#FFF\" stroke-opacity=\"0.6\" stroke-width=\"1.4\"/>"),
    NO_DATA(Status.NO_DATA, "#E0E0E0", ""),
    SUPPRESSED(null, "#FFFFFF", "<path d=\"M0,0 L8,8 M8,0 L0,8\" stroke=\"#555\" stroke-width=\"1\"/>");

    /** What a {@code data-status} attribute says of a withheld status. */
    static final String WITHHELD = "SUPPRESSED";

    private final Status status;
    private final String colour;
    private final String overlay;

    Shade(Status status, String colour, String overlay) {
        this.status = status;
        this.colour = colour;
        this.overlay = overlay;
    }

    /** The status drawn, null for a withheld one. */
    Status status() {
        return status;
    }

    static Shade of(Status status) {
        return status == null ? SUPPRESSED : valueOf(status.name());
    }

    /** The status a row's mark draws: its own, or the withheld shade where disclosure control suppressed it. */
    static Shade of(Row row) {
        return row.withheld("status") ? SUPPRESSED : of(row.status());
    }

    /** The {@code data-status} value: the status's name, or {@link #WITHHELD}. */
    String code() {
        return status == null ? WITHHELD : status.name();
    }

    /** Whether text on this shade reads better in white. */
    boolean dark() {
        return this == STAGE2_ONLY;
    }

    /** The fill of a mark in a chart whose patterns carry the prefix. */
    String fill(String chart) {
        return "url(#" + chart + "-" + name() + ")";
    }

    /** Every shade's pattern, for one chart's {@code <defs>}: ids are the chart's own, so each SVG stands alone. */
    static void defs(Markup svg, String chart) {
        defs(svg, chart, values());
    }

    static void defs(Markup svg, String chart, Shade... shades) {
        svg.open("defs");
        for (Shade shade : shades) {
            svg.open("pattern", "id", chart + "-" + shade.name(), "patternUnits", "userSpaceOnUse", "width", 8, "height", 8)
                    .empty("rect", "width", 8, "height", 8, "fill", shade.colour)
                    .raw(shade.overlay)
                    .close("pattern");
        }
        svg.close("defs");
    }
}
