package org.oas.cim.pipeline.cli;

import org.oas.cim.pipeline.codebook.Codebook;
import org.oas.cim.pipeline.codebook.CodebookLoader;
import org.oas.cim.pipeline.codebook.JobsFolder;
import org.oas.cim.pipeline.codebook.Instrument;
import org.oas.cim.pipeline.issue.IssueMessages;
import org.oas.cim.pipeline.normalize.Vocabulary;
import org.oas.cim.pipeline.report.ReportLabels;
import org.oas.cim.pipeline.study.Study;
import org.oas.cim.pipeline.template.TemplateRequest;
import org.oas.cim.pipeline.template.TemplateWriter;
import org.oas.cim.pipeline.system.LibraryLogging;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** Writes the workbook researchers fill for an instrument, in their language. */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = "Writes an .xlsx template for an instrument: instructions, the header row ingest matches exactly, "
                + "drop-down lists from the codebook and date and whole-number validation.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the template was written", "2:wrong usage"})
class TemplateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--instrument", required = true, paramLabel = "ID", description = "questionnaire or interview.")
    String instrument;

    @Option(names = "--lang", required = true, paramLabel = "LANG", description = "Language of labels and instructions: en, es, pt or nl.")
    String language;

    @Option(names = "--country", paramLabel = "CC",
            description = "The alpha-2 code of the file's one country: written above the header, the rows then need none.")
    String country;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "Where to write the template.")
    Path out;

    @Option(names = "--jobs", paramLabel = "DIR", description = "Phases, codebooks and reference lists (default: the built-in ones).")
    Path jobs;

    @Override
    public Integer call() throws IOException {
        LibraryLogging.offStandardOutput();
        JobsFolder definitions = JobsFolder.choose(jobs, null);
        Codebook codebook = CodebookLoader.load(definitions);
        Study study = Study.load(definitions, code -> codebook.country(code).isPresent());
        if (codebook.instruments().stream().noneMatch(i -> i.id().equals(instrument))) {
            throw usage("--instrument must be one of " + codebook.instruments().stream().map(Instrument::id)
                    .collect(Collectors.joining(", ")) + ", not " + instrument);
        }
        if (IssueMessages.LANGUAGES.stream().noneMatch(l -> l.getLanguage().equals(language))) {
            throw usage("--lang must be en, es, pt or nl, not " + language);
        }
        if (country != null && study.phasesOf(country.toUpperCase(Locale.ROOT)).isEmpty()) {
            throw usage("--country " + country + " is no country of the study's phases");
        }
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw usage("--out must name an .xlsx file, not " + out);
        }
        Path folder = out.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        new TemplateWriter(codebook, study, Vocabulary.load(definitions), new ReportLabels())
                .write(new TemplateRequest(instrument, Locale.forLanguageTag(language), country), out);
        spec.commandLine().getOut().printf("Template written: %s%n", out.toAbsolutePath());
        return 0;
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
