package org.oas.cim.pipeline.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A report as one self-contained HTML page: no script, no font or image to fetch, its style inline, readable in
 * any browser offline and printable (landscape, headings repeated on every page, no issue split across pages).
 */
final class HtmlReport {
    private static final String STYLE = """
            body { font-family: system-ui, "Segoe UI", Arial, sans-serif; color: #1a1a1a; margin: 2em; line-height: 1.4; }
            h1 { font-size: 1.4em; margin: 0 0 .6em; }
            .verdict { font-size: 1.25em; font-weight: bold; padding: .5em .8em; border-left: .4em solid; margin: 0 0 1em; }
            .verdict.taken { border-color: #2e7d32; background: #edf7ed; }
            .verdict.not-taken { border-color: #c62828; background: #fdecea; }
            .verdict.duplicate { border-color: #6d6d6d; background: #f2f2f2; }
            table { border-collapse: collapse; margin: 0 0 1.5em; }
            th, td { border: 1px solid #c8c8c8; padding: .3em .5em; text-align: left; vertical-align: top; }
            th { background: #f0f0f0; }
            table.summary td { font-variant-numeric: tabular-nums; }
            table.issues { width: 100%; font-size: .92em; }
            tr.error td:first-child { color: #b71c1c; font-weight: bold; }
            tr.warning td:first-child { color: #8a5a00; font-weight: bold; }
            tr.info td:first-child { color: #555; }
            td.value { font-family: ui-monospace, Consolas, monospace; white-space: pre-wrap; word-break: break-word; }
            td.code { color: #555; white-space: nowrap; }
            .sha { font-family: ui-monospace, Consolas, monospace; word-break: break-all; }
            @page { size: A4 landscape; margin: 12mm; }
            @media print {
              body { margin: 0; }
              thead { display: table-header-group; }
              tr { page-break-inside: avoid; }
              .verdict { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            }
            """;

    private HtmlReport() {
    }

    static void write(LocalizedReport report, Path target) throws IOException {
        Files.writeString(target, render(report), StandardCharsets.UTF_8);
    }

    static String render(LocalizedReport report) {
        StringBuilder html = new StringBuilder(4096 + report.lines().size() * 400);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(report.language().getLanguage()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(report.title())).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(escape(report.title())).append("</h1>\n");
        LocalizedReport.Field verdict = report.summary().get(LocalizedReport.VERDICT);
        html.append("<p class=\"verdict ").append(report.report().verdict().id()).append("\">")
                .append(escape(verdict.label())).append(": ").append(escape(verdict.value())).append("</p>\n");
        summary(html, report.summary());
        issues(html, report);
        return html.append("</body>\n</html>\n").toString();
    }

    private static void summary(StringBuilder html, List<LocalizedReport.Field> fields) {
        html.append("<table class=\"summary\">\n");
        for (int i = 0; i < fields.size(); i++) {
            LocalizedReport.Field field = fields.get(i);
            html.append("<tr><th scope=\"row\">").append(escape(field.label())).append("</th><td")
                    .append(i == LocalizedReport.FINGERPRINT ? " class=\"sha\"" : "").append('>').append(escape(field.value())).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static void issues(StringBuilder html, LocalizedReport report) {
        if (report.lines().isEmpty()) {
            html.append("<p>").append(escape(report.noIssues())).append("</p>\n");
            return;
        }
        html.append("<table class=\"issues\">\n<thead><tr>");
        report.columns().forEach(column -> html.append("<th scope=\"col\">").append(escape(column)).append("</th>"));
        html.append("</tr></thead>\n<tbody>\n");
        for (LocalizedReport.Line line : report.lines()) {
            html.append("<tr class=\"").append(line.severity().id()).append("\">");
            List<String> cells = line.cells();
            for (int i = 0; i < cells.size(); i++) {
                String css = i == LocalizedReport.Line.VALUE ? " class=\"value\"" : i == LocalizedReport.Line.CODE ? " class=\"code\"" : "";
                html.append("<td").append(css).append('>').append(escape(cells.get(i))).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    /** Text as HTML: the five characters that could open markup or end an attribute are escaped. */
    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
