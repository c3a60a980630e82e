package org.oas.cim.pipeline.estimation;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.oas.cim.pipeline.codebook.JobsFolder;
import org.oas.cim.pipeline.ingest.IngestCore;
import org.oas.cim.pipeline.issue.IssueMessages;
import org.oas.cim.pipeline.publish.SafeCsvWriter;
import org.oas.cim.pipeline.stats.MultipleSystemsEstimation;
import org.oas.cim.pipeline.stats.StepwiseSelection;
import org.oas.cim.pipeline.study.Study;
import org.oas.cim.pipeline.system.LibraryLogging;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Estimates from capture-history files, and from victim lists linked as {@code run} links a phase's, as the study
 * would, and stores nothing: no database, no home folder.
 */
@Command(name = "estimate", mixinStandardHelpOptions = true,
        description = "Estimates how many people there are, seen and unseen, from capture-history tables (one column per "
                + "list with 1/0 and a count column) or from agencies' victim lists, linked into people as run links them: "
                + "Chapman for two lists, the stepwise log-linear model for three or more. Prints one row per country and "
                + "year as CSV on standard output, header first: the tables of each capture-history file, then those of "
                + "the victim lists together. Stores nothing.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file was estimated from", "1:a file could not be read, has bad cells or rows that would not "
                + "be taken (told on standard error)", "2:wrong usage"})
public class EstimateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Capture-history tables or victim lists (.xlsx, .xlsm, .xls, .csv, .txt, .tsv).")
    List<Path> files;

    @Option(names = "--pool-years", description = "One estimate per country over all its years (their capture histories "
            + "added; the year column then says the span, 2004-2006) rather than one per country and year.")
    boolean poolYears;

    @Option(names = "--jobs", paramLabel = "DIR", description = "Phases, codebooks and reference lists the victim lists are read "
            + "with (default: the built-in ones).")
    Path jobs;

    @Option(names = "--phase", paramLabel = "ID", description = "Read the victim lists as if they were sent in the inbox folder "
            + "of this phase (for a country in more than one phase).")
    String phase;

    @Option(names = "--threshold", paramLabel = "P", defaultValue = "" + StepwiseSelection.DEFAULT_THRESHOLD,
            description = "The stepwise rule's p-value threshold: an interaction enters the model only below it (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "Language of the notes that say why a table has no estimate: en, es or pt (default: ${DEFAULT-VALUE}).")
    String language;

    @Override
    public Integer call() throws IOException {
        LibraryLogging.offStandardOutput();
        JobsFolder definitions = JobsFolder.choose(jobs, null);
        Study study = Study.load(definitions, code -> true);
        checkUsage(definitions, study);
        ListsToEstimate lists = new ListsToEstimate(IngestCore.withThrowawayKey(definitions, study), phase);
        EstimateNotes notes = new EstimateNotes(Locale.forLanguageTag(language));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // The rows name the researchers' files and sheets: the shared writer keeps them from running as formulas.
        SafeCsvWriter csv = SafeCsvWriter.over(out, "\n");
        csv.row(EstimateRow.HEADER.toArray(String[]::new));
        boolean failed = false;
        for (Path file : files) {
            ListsToEstimate.Reading list = lists.read(file);
            if (list.taken() != ListsToEstimate.Taken.NOT_A_LIST) {
                failed |= told(file, list, err);
                continue;
            }
            try {
                for (CaptureHistoryGroup group : CaptureHistoryReader.read(file, poolYears)) {
                    print(group, csv, notes);
                }
            } catch (CaptureHistoryFileException e) {
                e.problems().forEach(err::println);
                failed = true;
            }
        }
        for (CaptureHistoryGroup group : lists.histories(poolYears)) {
            print(group, csv, notes);
        }
        csv.flush();
        err.flush();
        return failed ? 1 : 0;
    }

    private void print(CaptureHistoryGroup group, SafeCsvWriter csv, EstimateNotes notes) {
        csv.row(EstimateRow.cells(group, MultipleSystemsEstimation.estimate(group.table(), threshold), notes).toArray(String[]::new));
    }

    /** What a victim list's reading left out, by count and code only: the cells are for {@code validate} to show. */
    private static boolean told(Path file, ListsToEstimate.Reading list, PrintWriter err) {
        String name = file.getFileName().toString();
        if (list.taken() == ListsToEstimate.Taken.NOT_TAKEN) {
            err.printf("%s: the list would not be taken (%s): none of its rows is counted; validate tells why%n", name,
                    list.rejection() == null ? "rejected" : list.rejection());
            return true;
        }
        if (list.rowsNotTaken() > 0) {
            err.printf("%s: %d row(s) of the list would not be taken and are not counted; validate tells which and why%n", name,
                    list.rowsNotTaken());
            return true;
        }
        return false;
    }

    private void checkUsage(JobsFolder definitions, Study study) {
        if (IssueMessages.LANGUAGES.stream().noneMatch(l -> l.getLanguage().equals(language))) {
            throw new ParameterException(spec.commandLine(), "--lang must be en, es or pt, not " + language);
        }
        if (!(threshold > 0 && threshold <= 1)) {
            throw new ParameterException(spec.commandLine(), "--threshold must lie above 0 and at most 1, not " + threshold);
        }
        if (phase != null && study.phase(phase).isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no phase " + phase + " in " + definitions.name(JobsFolder.PHASES));
        }
        for (Path file : files) {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new ParameterException(spec.commandLine(), "not a file: " + file);
            }
        }
    }
}
