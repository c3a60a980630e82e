package org.oas.cim.pipeline.report;

import org.oas.cim.pipeline.ingest.FileReporter;
import org.oas.cim.pipeline.ingest.InputFileStore;
import org.oas.cim.pipeline.ingest.IssueStore;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The report a researcher reads about one ingested file, written beside it in archive/ or rejected/, from what
 * the database holds about it: in the file's language (as ingest guessed it from the file's words), else in the
 * configured default language. Its issues are read up to the report's cap, its counts by SQL. The value of a
 * personal-data item is never in it (issues never carry one).
 */
class FileReports implements FileReporter {
    private final InputFileStore files;
    private final IssueStore issues;
    private final ReportWriter writer;
    private final String defaultLanguage;

    public FileReports(InputFileStore files, IssueStore issues, ReportWriter writer, String defaultLanguage) {
        this.files = files;
        this.issues = issues;
        this.writer = writer;
        this.defaultLanguage = defaultLanguage;
    }

    /** Writes {@code <file>.report.csv} and {@code <file>.report.html} beside the placed file. */
    @Override
    public void writeBeside(long fileId, Path placed) throws IOException {
        InputFileStore.DecidedFile file = files.decided(fileId).orElseThrow(() -> new IllegalStateException("no input file " + fileId));
        FileReport report = new FileReport(file.fileName(), file.sha256(), Verdict.of(file.status()), file.respondents(),
                file.rowsRejected(), issues.firstOf(fileId, FileReport.LISTED_ISSUES), issues.talliesOf(fileId),
                issues.brokenRulesOf(fileId));
        writer.writeBeside(report, ReportWriter.language(file.language(), defaultLanguage), placed);
    }
}
