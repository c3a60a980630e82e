package org.oas.cim.pipeline.ingest;

import org.oas.cim.pipeline.inbox.ClaimedFile;
import org.oas.cim.pipeline.inbox.Placement;
import org.oas.cim.pipeline.system.FileModes;
import org.oas.cim.pipeline.system.HomeFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import java.nio.file.Path;

/**
 * Last step of ingest: every decided file goes from processing/ to archive/ (taken or duplicate) or
 * rejected/, bytes untouched, with its report beside it. Safe to run again after a crash: a file already
 * placed is recognized by its SHA-256; a file someone removed from processing/ meanwhile leaves only its report.
 */
class PlaceTasklet implements Tasklet {
    private static final Logger log = LoggerFactory.getLogger(PlaceTasklet.class);

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
            Path placed;
            try {
                placed = file.status() == FileStatus.REJECTED ? placement.reject(claimed) : placement.archive(claimed);
            } catch (Placement.GoneException gone) {
                // Removed by hand from processing/ after the claim. Its report goes where it would have gone, and it is
                // recorded as placed there: no later run looks for it again, so this is said once.
                placed = gone.intended();
                FileModes.createPrivateFolder(placed.getParent());
                log.warn("{} was removed from processing/ before it was placed: only its report is in {}", file.relativePath(),
                        home.root().relativize(placed.getParent()));
            }
            reports.writeBeside(file.id(), placed);
            files.placed(file.id(), home.root().relativize(placed).toString().replace('\\', '/'));
            contribution.incrementWriteCount(1);
        }
        return RepeatStatus.FINISHED;
    }
}
