package org.oas.cim.pipeline.cli;

import org.oas.cim.pipeline.analysis.FindingsStore;
import org.oas.cim.pipeline.cases.CaseStore;
import org.oas.cim.pipeline.estimation.EstimateStore;
import org.oas.cim.pipeline.privacy.PhasePurge;
import org.oas.cim.pipeline.privacy.PurgeRecord;
import org.oas.cim.pipeline.system.HomeFolder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.Callable;

/** Follows a published number back to the answers and cells it came from. */
@Command(name = "trace", mixinStandardHelpOptions = true,
        description = "Prints the answers behind a finding of the latest published run: respondent pseudonym, stage, "
                + "source type, file, sheet, cell and normalized value; or the lists and files behind a country's population "
                + "estimates (--indicator population_estimates).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the evidence was printed", "1:the phase was never published, or the finding has no evidence", "2:wrong usage"})
class TraceCommand implements Callable<Integer> {
    private static final String POPULATION_ESTIMATES = "population_estimates";
    private static final String TRIANGULATION = "triangulation";

    @Spec
    CommandSpec spec;

    @Mixin
    HomeOptions home;

    @Option(names = "--phase", required = true, paramLabel = "ID", description = "The phase (phase-1, phase-2, caribbean).")
    String phase;

    @Option(names = "--country", required = true, paramLabel = "CC", description = "The country's alpha-2 code.")
    String country;

    @Option(names = "--indicator", required = true, paramLabel = "CODE",
            description = "The indicator's code (P1, P6, ...), population_estimates for the lists and files behind the country's "
                    + "population estimates, or triangulation for the case files and rows behind the country's triangulation.")
    String indicator;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ConfigurableApplicationContext context = home.start(Map.of())) {
            FindingsStore findings = context.getBean(FindingsStore.class);
            Optional<Long> run = findings.lastRun(phase);
            if (run.isEmpty()) {
                spec.commandLine().getErr().printf("Phase %s has not been published in this home yet.%n", phase);
                return 1;
            }
            if (indicator.equalsIgnoreCase(POPULATION_ESTIMATES)) {
                return tracePopulation(context.getBean(EstimateStore.class), run.get(), out);
            }
            if (indicator.equalsIgnoreCase(TRIANGULATION)) {
                return traceCases(context.getBean(CaseStore.class), run.get(), out);
            }
            long answers = findings.evidenceCount(run.get(), phase, country.toUpperCase(), indicator.toUpperCase());
            if (answers == 0) {
                spec.commandLine().getErr().printf("No answer stands behind %s in %s (%s, run %d).%n", indicator, country, phase, run.get());
                return 1;
            }
            out.printf("Run %d, phase %s, %s, %s: %d answer(s)%n", run.get(), phase, country.toUpperCase(), indicator.toUpperCase(), answers);
            out.println(String.join("\t", FindingsStore.EVIDENCE_HEADER));
            findings.forEachEvidence(run.get(), phase, country.toUpperCase(), indicator.toUpperCase(), new HomeFolder(home.home).tmp(),
                    row -> out.println(String.join("\t", row)));
            for (PurgeRecord purge : context.getBean(PhasePurge.class).purgesOf(phase)) {
                out.printf("Purged on %s by %s: the personal cells of %s's raw rows (every cell but those behind answers like these) and its "
                                + "original files (%s); the answers above are what remains of their cells.%n", purge.purgedAt(), purge.purgedBy(),
                        phase, PurgeRecord.MOVED.equals(purge.originals()) ? "moved to " + purge.movedTo() : "deleted");
            }
            return 0;
        }
    }

    /** The case records a country's triangulation counts (exploited there, or of its citizens), as stored now. */
    private int traceCases(CaseStore cases, long run, PrintWriter out) {
        String code = country.toUpperCase();
        out.printf("Run %d, phase %s, %s, triangulation: the case records exploited in %s or of its citizens, as stored now%n",
                run, phase, code, code);
        out.println(String.join("\t", "file", "sheet", "row", "exploitation", "citizenship"));
        AtomicLong found = new AtomicLong();
        cases.forEachCaseOf(code, place -> {
            found.incrementAndGet();
            out.println(String.join("\t", place.fileName(), place.sheet(), String.valueOf(place.row()),
                    Objects.toString(place.exploitation(), ""), Objects.toString(place.citizenship(), "")));
        });
        if (found.get() == 0) {
            spec.commandLine().getErr().printf("No case record stands behind the triangulation of %s (%s, run %d).%n", country, phase, run);
            return 1;
        }
        out.printf("%d case record(s)%n", found.get());
        return 0;
    }

    private int tracePopulation(EstimateStore estimates, long run, PrintWriter out) {
        List<String[]> rows = estimates.sources(run, phase, country.toUpperCase());
        if (rows.isEmpty()) {
            spec.commandLine().getErr().printf("No list stands behind a population estimate of %s (%s, run %d).%n", country, phase, run);
            return 1;
        }
        out.printf("Run %d, phase %s, %s, population estimates: %d list file(s)%n", run, phase, country.toUpperCase(), rows.size());
        out.println(String.join("\t", EstimateStore.SOURCES_HEADER));
        rows.forEach(row -> out.println(String.join("\t", row)));
        return 0;
    }
}
