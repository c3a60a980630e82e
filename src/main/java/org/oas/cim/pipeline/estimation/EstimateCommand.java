package org.oas.cim.pipeline.estimation;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.oas.cim.pipeline.issue.IssueMessages;
import org.oas.cim.pipeline.publish.SafeCsvWriter;
import org.oas.cim.pipeline.stats.MultipleSystemsEstimation;
import org.oas.cim.pipeline.stats.StepwiseSelection;
import org.oas.cim.pipeline.system.LibraryLogging;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Estimates from capture-history files as the study would, and stores nothing: no database, no home folder. */
@Command(name = "estimate", mixinStandardHelpOptions = true,
        description = "Estimates how many people there are, seen and unseen, from capture-history tables (one column per "
                + "list with 1/0 and a count column): Chapman for two lists, the stepwise log-linear model for three or more. "
                + "Prints one row per country and year as CSV on standard output, header first. Stores nothing.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file was estimated from", "1:a file could not be read or has bad cells (told on standard error)",
                "2:wrong usage"})
public class EstimateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Capture-history tables (.xlsx, .xlsm, .xls, .csv, .txt, .tsv).")
    List<Path> files;

    @Option(names = "--threshold", paramLabel = "P", defaultValue = "" + StepwiseSelection.DEFAULT_THRESHOLD,
            description = "The stepwise rule's p-value threshold: an interaction enters the model only below it (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "Language of the notes that say why a table has no estimate: en, es or pt (default: ${DEFAULT-VALUE}).")
    String language;

    @Override
    public Integer call() throws IOException {
        LibraryLogging.offStandardOutput();
        checkUsage();
        EstimateNotes notes = new EstimateNotes(Locale.forLanguageTag(language));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // The rows name the researchers' files and sheets: the shared writer keeps them from running as formulas.
        SafeCsvWriter csv = SafeCsvWriter.over(out, "\n");
        csv.row(EstimateRow.HEADER.toArray(String[]::new));
        boolean failed = false;
        for (Path file : files) {
            try {
                for (CaptureHistoryGroup group : CaptureHistoryReader.read(file)) {
                    csv.row(EstimateRow.cells(group, MultipleSystemsEstimation.estimate(group.table(), threshold), notes)
                            .toArray(String[]::new));
                }
            } catch (CaptureHistoryFileException e) {
                e.problems().forEach(err::println);
                failed = true;
            }
        }
        csv.flush();
        err.flush();
        return failed ? 1 : 0;
    }

    private void checkUsage() {
        if (IssueMessages.LANGUAGES.stream().noneMatch(l -> l.getLanguage().equals(language))) {
            throw new ParameterException(spec.commandLine(), "--lang must be en, es or pt, not " + language);
        }
        if (!(threshold > 0 && threshold <= 1)) {
            throw new ParameterException(spec.commandLine(), "--threshold must lie above 0 and at most 1, not " + threshold);
        }
        for (Path file : files) {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new ParameterException(spec.commandLine(), "not a file: " + file);
            }
        }
    }
}
