package org.oas.cim.pipeline.ingest;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A partition per claimed file not yet read to its end: the file is the unit of restart, of parallel work and of
 * hand-off between workers. A partition's name is its file's id, so a restart finds the same partition again.
 */
class FilePartitioner implements Partitioner {
    static final String FILE_ID = "fileId";

    private final InputFileStore files;

    FilePartitioner(InputFileStore files) {
        this.files = files;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (InputFile file : files.notIngested()) {
            ExecutionContext context = new ExecutionContext();
            context.putLong(FILE_ID, file.id());
            partitions.put("file-" + file.id(), context);
        }
        return partitions;
    }
}
