package org.oas.cim.pipeline.ingest;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import org.oas.cim.pipeline.system.ProgressMeter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A partition per claimed file not yet read to its end: the file is the unit of restart, of parallel work and of
 * hand-off between workers. A partition's name is its file's id, so a restart finds the same partition again.
 */
class FilePartitioner implements Partitioner {
    static final String FILE_ID = "fileId";
    private static final String PREFIX = "file-";

    private final InputFileStore files;
    private final ProgressMeter progress;

    FilePartitioner(InputFileStore files, ProgressMeter progress) {
        this.files = files;
        this.progress = progress;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        List<InputFile> waiting = files.notIngested();
        progress.filesStarted(waiting.size(), waiting.stream().mapToLong(InputFile::sizeBytes).sum());
        for (InputFile file : waiting) {
            ExecutionContext context = new ExecutionContext();
            context.putLong(FILE_ID, file.id());
            partitions.put(PREFIX + file.id(), context);
        }
        return partitions;
    }

    /**
     * The file a partition's step execution reads, from its name ({@code ingest-file:file-12}): the name is there
     * whatever a crash left of the execution's context, which a restart takes over.
     */
    static long fileId(String stepName) {
        return Long.parseLong(stepName.substring(stepName.lastIndexOf(PREFIX) + PREFIX.length()));
    }
}
