package org.oas.cim.pipeline.analysis;

import org.oas.cim.pipeline.cases.CaseTriangulation;
import org.oas.cim.pipeline.codebook.Codebook;
import org.oas.cim.pipeline.estimation.PhaseEstimates;
import org.oas.cim.pipeline.microdata.MicrodataWriter;
import org.oas.cim.pipeline.page.AnalystPage;
import org.oas.cim.pipeline.publish.FindingsTables;
import org.oas.cim.pipeline.publish.Manifest;
import org.oas.cim.pipeline.publish.PhaseFile;
import org.oas.cim.pipeline.publish.PhasePublisher;
import org.oas.cim.pipeline.publish.PublishSettings;
import org.oas.cim.pipeline.publish.PublishedPhase;
import org.oas.cim.pipeline.publish.Table;
import org.oas.cim.pipeline.publish.UsedFile;
import org.oas.cim.pipeline.study.Phase;
import org.oas.cim.pipeline.system.HomeFolder;
import org.oas.cim.pipeline.verify.CrossVerifier;
import org.oas.cim.pipeline.verify.Findings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One phase's analysis, the main job's step for it: cross-verify the phase's current answers, keep the findings and
 * their evidence in the database (per run), and publish the tables as CSV and XLSX with the charted report.html under
 * out/&lt;phase&gt;/ (moved into place together); apart in out/restricted/&lt;phase&gt;/, the evidence and the microdata with
 * their loaders. Where the phase has victim lists or capture histories, its population estimates join the tables.
 */
class PhaseAnalysis implements Tasklet {
    private static final Logger log = LoggerFactory.getLogger(PhaseAnalysis.class);

    private final Phase phase;
    private final HomeFolder home;
    private final PhaseInputStore inputs;
    private final CrossVerifier verifier;
    private final Codebook codebook;
    private final PublishSettings settings;
    private final FindingsStore findings;
    private final MicrodataWriter microdata;
    private final PhaseEstimates estimates;
    private final CaseTriangulation cases;

    PhaseAnalysis(Phase phase, HomeFolder home, PhaseInputStore inputs, CrossVerifier verifier, Codebook codebook,
                  PublishSettings settings, FindingsStore findings, MicrodataWriter microdata, PhaseEstimates estimates,
                  CaseTriangulation cases) {
        this.phase = phase;
        this.home = home;
        this.inputs = inputs;
        this.verifier = verifier;
        this.codebook = codebook;
        this.settings = settings;
        this.findings = findings;
        this.microdata = microdata;
        this.estimates = estimates;
        this.cases = cases;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
        long runId = job.getId();
        // The run's own language, so that a run resumed by another command still publishes in it.
        PublishSettings run = settings.withLanguage(job.getJobParameters().getString(RunJobConfiguration.LANGUAGE, settings.language()));
        // One country at a time, in code order, each read an item at a time; the answers behind each finding go to the
        // database as soon as it is found, so that the phase's findings are held without them.
        long started = System.nanoTime();
        findings.clearEvidence(phase.id());
        List<Findings> countries = new ArrayList<>();
        for (String country : inputs.countries(phase.id())) {
            countries.add(verifier.verifyCountry(inputs.countryAnswers(phase.id(), country), found -> findings.saveEvidence(runId, phase.id(), found)));
        }
        Findings verified = Findings.concat(countries);
        log.info("Phase {}: {} countries cross-verified in {}", phase.id(), countries.size(), secondsSince(started));
        // The case records beside the surveys: a third source (cases.md).
        List<Table> tables = new ArrayList<>(cases.withCases(phase, verified,
                new FindingsTables(codebook, run).tables(phase, verified, inputs.quality(phase.id())), run.language()));
        estimates.estimate(runId, phase, run.language(), home.out()).ifPresent(tables::add);
        findings.save(runId, phase.id(), tables);
        List<UsedFile> used = new ArrayList<>(inputs.filesUsed(phase.id()));
        used.addAll(cases.filesUsed(phase));
        Manifest manifest = new Manifest(String.valueOf(runId), job.getStartTime().toInstant(ZoneOffset.UTC), used);
        PhaseFile page = AnalystPage.file(phase, tables, run.language());
        new PhasePublisher(run).publish(home.out(), phase.id(), new PublishedPhase(tables, manifest, List.of(page)));
        publishEvidenceAndMicrodata(runId, run.language());
        log.info("Published phase {} to {}", phase.id(), home.out().resolve(phase.id()));
        contribution.incrementWriteCount(1);
        return RepeatStatus.FINISHED;
    }

    /**
     * The evidence and the microdata side by side, the microdata on a thread of its own: each is one file written in
     * its own order from its own tables (the findings' evidence; the respondents and their answers, committed since
     * ingest), so neither waits for the other's reading and sorting and each comes out the same whatever the timing.
     * The step ends only once both are written, and fails with the first failure of either.
     */
    private void publishEvidenceAndMicrodata(long runId, String language) throws Exception {
        long started = System.nanoTime();
        SideThread<Path> microdataWritten = SideThread.start("microdata-" + phase.id(), () -> {
            Path written = microdata.publish(home.out(), phase, language);
            log.info("Phase {}: microdata written in {}", phase.id(), secondsSince(started));
            return written;
        });
        try {
            EvidenceFile.publish(findings, home.out(), home.tmp(), runId, phase.id());
            log.info("Phase {}: evidence written in {}", phase.id(), secondsSince(started));
        } finally {
            // Never left writing behind a failed step: the next attempt writes the same files.
            microdataWritten.awaitEnd();
        }
        microdataWritten.result();
    }

    private static String secondsSince(long startedNanos) {
        return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - startedNanos) / 1e9);
    }
}
