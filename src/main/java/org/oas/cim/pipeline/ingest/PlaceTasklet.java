package org.oas.cim.pipeline.ingest;

import org.oas.cim.pipeline.inbox.ClaimedFile;
import org.oas.cim.pipeline.inbox.Placement;
import org.oas.cim.pipeline.system.HomeFolder;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import java.nio.file.Path;

/**
 * Last step of ingest: every decided file goes from processing/ to archive/ (taken or duplicate) or
 * rejected/, bytes untouched, with its report beside it. Safe to run again after a crash: a file already
 * placed is recognized by its SHA-256.
 */
class PlaceTasklet implements Tasklet {
    private final HomeFolder home;
    private final InputFileStore files;
    private final FileReporter reports;

    PlaceTasklet(HomeFolder home, InputFileStore files, FileReporter reports) {
        this.home = home;
        this.files = files;
        this.reports = reports;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        Placement placement = new Placement(home.archive(), home.rejected());
        for (InputFile file : files.decidedNotPlaced()) {
            ClaimedFile claimed = new ClaimedFile(file.relativePath(), file.phaseHint(), file.sha256(), file.sizeBytes(),
                    home.processing().resolve(file.relativePath()));
            Path placed = file.status() == FileStatus.REJECTED ? placement.reject(claimed) : placement.archive(claimed);
            reports.writeBeside(file.id(), placed);
            files.placed(file.id(), home.root().relativize(placed).toString().replace('\\', '/'));
            contribution.incrementWriteCount(1);
        }
        return RepeatStatus.FINISHED;
    }
}
