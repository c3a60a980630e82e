package org.oas.cim.pipeline.analysis;

import org.oas.cim.pipeline.microdata.MicrodataWriter;
import org.oas.cim.pipeline.publish.FindingsTables;
import org.oas.cim.pipeline.publish.Manifest;
import org.oas.cim.pipeline.publish.PhasePublisher;
import org.oas.cim.pipeline.codebook.Codebook;
import org.oas.cim.pipeline.publish.PhaseFile;
import org.oas.cim.pipeline.publish.PublishSettings;
import org.oas.cim.pipeline.publish.PublishedPhase;
import org.oas.cim.pipeline.page.AnalystPage;
import org.oas.cim.pipeline.publish.Table;
import org.oas.cim.pipeline.study.Phase;
import org.oas.cim.pipeline.study.Study;
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

import java.time.ZoneOffset;
import java.util.List;

/**
 * Cross-verifies each phase's current answers and publishes its findings tables: in the database (per run),
 * as CSV and XLSX and the charted report.html under out/&lt;phase&gt;/ (moved into place together), with the evidence kept apart in
 * out/restricted/&lt;phase&gt;/.
 */
public class AnalysisTasklet implements Tasklet {
    private static final Logger log = LoggerFactory.getLogger(AnalysisTasklet.class);

    private final Study study;
    private final HomeFolder home;
    private final CurrentAnswerRepository answers;
    private final PhaseInputs inputs;
    private final CrossVerifier verifier;
    private final Codebook codebook;
    private final PublishSettings settings;
    private final FindingsStore store;
    private final EvidenceWriter evidence;
    private final MicrodataWriter microdata;

    public AnalysisTasklet(Study study, HomeFolder home, CurrentAnswerRepository answers, PhaseInputs inputs,
                           CrossVerifier verifier, Codebook codebook, PublishSettings settings, FindingsStore store,
                           EvidenceWriter evidence, MicrodataWriter microdata) {
        this.study = study;
        this.home = home;
        this.answers = answers;
        this.inputs = inputs;
        this.verifier = verifier;
        this.codebook = codebook;
        this.settings = settings;
        this.store = store;
        this.evidence = evidence;
        this.microdata = microdata;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
        String requested = job.getJobParameters().getString("phase", "all");
        long runId = job.getId();
        // The run's own language, so that a run resumed by another command still publishes in it.
        PublishSettings run = settings.withLanguage(job.getJobParameters().getString("lang", settings.language()));
        FindingsTables tables = new FindingsTables(codebook, run);
        PhasePublisher publisher = new PhasePublisher(run);
        for (Phase phase : phases(requested)) {
            Findings findings = verifier.verify(answers.currentAnswers(phase.id()));
            List<Table> phaseTables = tables.tables(phase, findings, inputs.quality(phase.id()));
            store.save(runId, phase.id(), phaseTables);
            evidence.save(runId, phase.id(), findings);
            Manifest manifest = new Manifest(String.valueOf(runId), job.getStartTime().toInstant(ZoneOffset.UTC),
                    inputs.filesUsed(phase.id()));
            PhaseFile page = AnalystPage.file(phase, phaseTables, run.language());
            publisher.publish(home.out(), phase.id(), new PublishedPhase(phaseTables, manifest, List.of(page)));
            evidence.publish(home.out(), runId, phase.id());
            microdata.publish(home.out(), phase, run.language());
            log.info("Published phase {} to {}", phase.id(), home.out().resolve(phase.id()));
            contribution.incrementWriteCount(1);
        }
        return RepeatStatus.FINISHED;
    }

    private List<Phase> phases(String requested) {
        if ("all".equals(requested)) {
            return study.phases();
        }
        return List.of(study.phase(requested).orElseThrow(() -> new IllegalArgumentException("no phase " + requested + " in jobs/phases.yml")));
    }
}
