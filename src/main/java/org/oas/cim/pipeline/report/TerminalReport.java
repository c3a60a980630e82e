package org.oas.cim.pipeline.report;

import java.io.PrintWriter;
import java.util.List;

/**
 * A report as plain text for a terminal: the title, the summary as aligned label/value lines, then each issue on
 * a line of its own (severity, sheet, cell or row, value found, code) with the problem and what to do below it.
 */
final class TerminalReport {
    private TerminalReport() {
    }

    static void print(LocalizedReport report, PrintWriter out) {
        out.println(report.title());
        int width = report.summary().stream().mapToInt(f -> f.label().length()).max().orElse(0);
        for (LocalizedReport.Field field : report.summary()) {
            out.printf("  %-" + (width + 1) + "s  %s%n", field.label() + ":", field.value());
        }
        if (report.lines().isEmpty()) {
            out.printf("  %s%n", report.noIssues());
        }
        List<String> columns = report.columns();
        for (LocalizedReport.Line line : report.lines()) {
            StringBuilder where = new StringBuilder("  ").append(line.severityLabel());
            if (!line.sheet().isEmpty()) {
                where.append(" · ").append(columns.get(LocalizedReport.Line.SHEET)).append(' ').append(line.sheet());
            }
            if (!line.cell().isEmpty()) {
                where.append(" · ").append(line.cell());
            }
            if (!line.value().isEmpty()) {
                where.append(" · ").append(columns.get(LocalizedReport.Line.VALUE)).append(": \"").append(line.value()).append('"');
            }
            where.append(" · ").append(line.code());
            out.println(where);
            out.printf("      %s%n", line.problem());
            out.printf("      %s: %s%n", columns.get(LocalizedReport.Line.WHAT_TO_DO), line.whatToDo());
        }
        out.flush();
    }
}
