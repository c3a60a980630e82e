package org.oas.cim.pipeline.cli;

import org.oas.cim.pipeline.codebook.JobsFolder;
import org.oas.cim.pipeline.issue.IssueMessages;
import org.oas.cim.pipeline.report.ReportWriter;
import org.oas.cim.pipeline.validate.Validation;
import org.oas.cim.pipeline.validate.Validator;
import org.oas.cim.pipeline.study.Study;
import org.oas.cim.pipeline.system.LibraryLogging;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

/** Checks files as ingest would, before they are sent, and stores nothing: no database, no home folder. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Runs every check of ingest on the files and prints, per file, the verdict, the counts and every "
                + "issue with its sheet, cell and what to do. Stores nothing; writes the reports only with --out.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file would be taken without an error", "1:a file, a row or a cell would not be taken",
                "2:wrong usage", "70:an internal failure of the program itself, not a verdict on a file"})
class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The spreadsheets to check (.xlsx, .xlsm, .xls, .csv, .txt, .tsv).")
    List<Path> files;

    @Option(names = "--lang", paramLabel = "LANG",
            description = "Language of the reports: en, es, pt or nl (default: each file's own language, else English).")
    String language;

    @Option(names = "--out", paramLabel = "DIR", description = "Also write <file>.report.csv and <file>.report.html here.")
    Path out;

    @Option(names = "--jobs", paramLabel = "DIR", description = "Phases, codebooks and reference lists (default: the built-in ones).")
    Path jobs;

    @Option(names = "--phase", paramLabel = "ID",
            description = "Check the files as if they were sent in the inbox folder of this phase (phase-1, phase-2, caribbean).")
    String phase;

    @Override
    public Integer call() throws IOException {
        LibraryLogging.offStandardOutput();
        JobsFolder definitions = JobsFolder.choose(jobs, null);
        Study study = Study.load(definitions, code -> true);
        checkUsage(definitions, study);
        Validator validator = Validator.fromJobs(definitions, study);
        ReportWriter writer = ReportWriter.standard();
        PrintWriter terminal = spec.commandLine().getOut();
        if (out != null) {
            Files.createDirectories(out);
        }
        Set<String> written = new HashSet<>();
        boolean failed = false;
        for (Path file : files) {
            Validation validation;
            try {
                validation = validator.validate(file, phase);
            } catch (IOException e) {
                // The file went away or became unreadable after the usage check: said, and the other files go on.
                spec.commandLine().getErr().printf("%s could not be read from disk (%s)%n", file, e.getClass().getSimpleName());
                failed = true;
                continue;
            }
            Locale reportLanguage = ReportWriter.language(language, validation.language());
            writer.print(validation.report(), reportLanguage, terminal);
            terminal.println();
            if (out != null) {
                writer.writeInto(validation.report(), reportLanguage, out, unique(file.getFileName().toString(), written));
            }
            failed |= validation.report().failed();
        }
        if (out != null) {
            terminal.printf("Reports: %s%n", out.toAbsolutePath());
        }
        terminal.flush();
        return failed ? 1 : 0;
    }

    private void checkUsage(JobsFolder definitions, Study study) {
        if (language != null && IssueMessages.LANGUAGES.stream().noneMatch(l -> l.getLanguage().equals(language))) {
            throw new ParameterException(spec.commandLine(), "--lang must be en, es, pt or nl, not " + language);
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

    /** Two files of the same name from different folders get {@code name (2)}, so that no report overwrites another. */
    private static String unique(String name, Set<String> written) {
        String candidate = name;
        for (int n = 2; !written.add(candidate); n++) {
            candidate = name + " (" + n + ")";
        }
        return candidate;
    }
}
