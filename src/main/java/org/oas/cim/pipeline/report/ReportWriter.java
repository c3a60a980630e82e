package org.oas.cim.pipeline.report;

import org.oas.cim.pipeline.issue.IssueMessages;
import org.oas.cim.pipeline.system.CrashPoints;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * Renders {@link FileReport}s in a language: as {@code <file>.report.csv} and {@code <file>.report.html}, and as
 * text for a terminal. All three come from one {@link LocalizedReport}, so they say the same.
 */
public final class ReportWriter {
    public static final String CSV_SUFFIX = ".report.csv";
    public static final String HTML_SUFFIX = ".report.html";

    private final ReportLabels labels;
    private final IssueMessages messages;

    public ReportWriter(ReportLabels labels, IssueMessages messages) {
        this.labels = labels;
        this.messages = messages;
    }

    /** The writer of the bundled texts. */
    public static ReportWriter standard() {
        return new ReportWriter(new ReportLabels(), new IssueMessages());
    }

    /**
     * The report's language: the first of {@code preferences} given (a language tag such as {@code es},
     * {@code pt-BR}, {@code nl}), as the closest supported language; English where none is given.
     */
    public static Locale language(String... preferences) {
        return Arrays.stream(preferences).filter(Objects::nonNull).filter(p -> !p.isBlank()).findFirst()
                .map(tag -> IssueMessages.language(Locale.forLanguageTag(tag))).orElse(Locale.ENGLISH);
    }

    public LocalizedReport localize(FileReport report, Locale language) {
        return LocalizedReport.of(report, language, labels, messages);
    }

    /** Writes the report beside a placed file: {@code archive/x.xlsx} gets {@code archive/x.xlsx.report.csv} and {@code .html}. */
    public ReportFiles writeBeside(FileReport report, Locale language, Path placed) throws IOException {
        return writeInto(report, language, placed.toAbsolutePath().getParent(), placed.getFileName().toString());
    }

    /**
     * Writes {@code <name>.report.csv} and {@code <name>.report.html} into {@code folder}; a name too long for that
     * is shortened ({@link ReportName}).
     */
    public ReportFiles writeInto(FileReport report, Locale language, Path folder, String name) throws IOException {
        LocalizedReport text = localize(report, language);
        ReportFiles files = new ReportFiles(folder.resolve(ReportName.of(name, CSV_SUFFIX)),
                folder.resolve(ReportName.of(name, HTML_SUFFIX)));
        CrashPoints.reached("the report on " + name);
        CsvReport.write(text, files.csv());
        HtmlReport.write(text, files.html());
        return files;
    }

    /** Prints the report as text: title, summary, then each issue with the problem and what to do. */
    public void print(FileReport report, Locale language, PrintWriter out) {
        TerminalReport.print(localize(report, language), out);
    }
}
