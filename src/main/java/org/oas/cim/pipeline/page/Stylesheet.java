package org.oas.cim.pipeline.page;

/**
 * The page's only stylesheet, written into the page: system fonts, no image, nothing fetched. The print rules
 * keep each chart on one page and keep the status colours and patterns (browsers drop backgrounds otherwise).
 */
final class Stylesheet {
    static final String CSS = """
            body { font-family: system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1A1A1A;
                   line-height: 1.45; max-width: 62rem; margin: 0 auto; padding: 1.5rem; }
            h1 { font-size: 1.6rem; margin: 0 0 .3rem; }
            h2 { font-size: 1.3rem; margin-top: 2.4rem; padding-bottom: .2rem; border-bottom: 1px solid #BBB; }
            h3 { font-size: 1.05rem; margin: 1.6rem 0 .4rem; }
            .phase { color: #444; margin: 0 0 1rem; }
            nav.toc { background: #F4F4F4; border: 1px solid #DDD; padding: .5rem 1.2rem; }
            nav.toc h2 { margin: .3rem 0; border: 0; font-size: 1.1rem; }
            nav.toc ol { margin: .2rem 0 .4rem; padding-left: 1.4rem; }
            dl.statuses { display: grid; grid-template-columns: max-content 1fr; gap: .5rem 1rem; }
            dl.statuses dt { font-weight: 600; display: flex; align-items: center; gap: .5rem; }
            dl.statuses dd { margin: 0; }
            figure { margin: .8rem 0 2rem; }
            figcaption { font-size: .9rem; color: #333; margin-top: .4rem; }
            figcaption ul { margin: .3rem 0; padding-left: 1.2rem; }
            svg.chart { display: block; width: 100%; height: auto; }
            svg text { font-size: 12px; fill: #1A1A1A; }
            svg .legend text, svg .small, svg .axis text { font-size: 10.5px; }
            svg .axis text { fill: #444; }
            svg .axis-caption { font-style: italic; }
            svg .column-label { font-size: 11px; }
            svg .block-code { font-size: 10px; font-weight: 600; }
            svg .halo, svg .halo-dark { paint-order: stroke; stroke-width: 3px; stroke-linejoin: round; }
            svg .halo { stroke: #FFF; }
            svg .halo-dark { fill: #FFF; stroke: #003A5C; }
            svg .cell-value { font-weight: 600; }
            svg .on-dark { fill: #FFF; }
            svg .note { fill: #555; font-style: italic; font-size: 11px; }
            svg .value { font-size: 11px; }
            svg .whisker { stroke: #222; stroke-width: 1.5; }
            svg .open { stroke-dasharray: 4 3; }
            svg .median { stroke: #000; stroke-width: 3; }
            svg .stage1 { fill: #000; }
            svg .stage2 { fill: #FFF; stroke: #000; stroke-width: 1.2; }
            svg .grid { stroke: #E3E3E3; stroke-width: 1; }
            svg .zero { stroke: #888; }
            svg .tick { stroke: #666; }
            svg .not-named { fill: #FFF; stroke: #E4E4E4; stroke-width: .5; }
            svg .stat-0 { fill: #000; }
            svg .stat-1 { fill: #CC79A7; stroke: #000; stroke-width: .8; }
            svg .stat-2 { fill: #56B4E9; stroke: #000; stroke-width: .8; }
            svg.swatch { flex: none; }
            @media print {
              body { max-width: none; padding: 0; font-size: 10.5pt; }
              * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
              nav.toc { background: none; }
              figure, svg, dl.statuses { break-inside: avoid; page-break-inside: avoid; }
              h2, h3 { break-after: avoid; page-break-after: avoid; }
              a { color: inherit; text-decoration: none; }
            }
            """;

    private Stylesheet() {
    }
}
