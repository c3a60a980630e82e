package org.oas.cim.pipeline.ingest;

import org.oas.cim.pipeline.inbox.ClaimedFile;
import org.oas.cim.pipeline.inbox.Claimer;
import org.oas.cim.pipeline.inbox.InboxFile;
import org.oas.cim.pipeline.inbox.InboxScanner;
import org.oas.cim.pipeline.inbox.NoticeBoard;
import org.oas.cim.pipeline.inbox.Recovery;
import org.oas.cim.pipeline.inbox.Settling;
import org.oas.cim.pipeline.system.HomeFolder;
import org.oas.cim.pipeline.system.PipelineProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * Step 1 of ingest: takes the settled files out of the inbox into processing/ and registers them. Files a
 * crash left in processing/ are registered again first, so that none is ever lost between the two. What the inbox
 * holds that is never claimed (a link, a pipe, a file it may not read) is posted on the {@link NoticeBoard}.
 */
class ClaimTasklet implements Tasklet {
    private static final Logger log = LoggerFactory.getLogger(ClaimTasklet.class);

    private final HomeFolder home;
    private final PipelineProperties properties;
    private final Set<String> phaseIds;
    private final InputFileStore files;
    private final Clock clock;
    private final NoticeBoard notices;

    ClaimTasklet(PipelineProperties properties, Set<String> phaseIds, InputFileStore files, Clock clock, NoticeBoard notices) {
        this.home = properties.homeFolder().create();
        this.properties = properties;
        this.phaseIds = phaseIds;
        this.files = files;
        this.clock = clock;
        this.notices = notices;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        for (ClaimedFile left : new Recovery(home.processing(), phaseIds).leftInProcessing()) {
            if (files.unplacedAt(left.relativePath()).isEmpty()) {
                log.info("Registering {} again: a crash left it in processing/", left.relativePath());
                register(left);
            }
        }
        InboxScanner scanner = new InboxScanner(home.inbox(), phaseIds);
        InboxScanner.Scan scan = scanner.scanWithNotices();
        notices.post(scan.notices());
        List<InboxFile> settled = new Settling(scanner).awaitSettled(scan.files(), properties.settleTime(), properties.settleTimeout());
        Claimer claimer = new Claimer(home.inbox(), home.processing());
        int claimed = 0;
        for (InboxFile file : settled) {
            if (claimer.claim(file).map(this::register).isPresent()) {
                claimed++;
            }
        }
        contribution.incrementWriteCount(claimed);
        log.info("Claimed {} file(s) from the inbox", claimed);
        return RepeatStatus.FINISHED;
    }

    private long register(ClaimedFile file) {
        String fileName = Path.of(file.relativePath()).getFileName().toString();
        return files.register(file.relativePath(), fileName, file.sha256(), file.size(), file.phaseHint(), clock.instant());
    }
}
