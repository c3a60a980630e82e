package org.oas.cim.pipeline.ingest;

import org.oas.cim.pipeline.issue.Issue;
import org.oas.cim.pipeline.issue.IssueCode;
import org.oas.cim.pipeline.layout.RespondentRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import java.util.List;

/** Assembles each record; a file's end passes through. */
public class RecordProcessor implements ItemProcessor<IngestItem, IngestOutput> {
    private static final Logger log = LoggerFactory.getLogger(RecordProcessor.class);

    private final RecordAssembler assembler;

    public RecordProcessor(RecordAssembler assembler) {
        this.assembler = assembler;
    }

    @Override
    public IngestOutput process(IngestItem item) {
        if (item instanceof IngestItem.FileEnd end) {
            return end;
        }
        IngestItem.RecordRead read = (IngestItem.RecordRead) item;
        RespondentRecord record = read.record();
        try {
            return assembler.assemble(read.openFile(), record);
        } catch (RuntimeException e) {
            // A row the pipeline cannot make sense of must not sink its file. The exception's message may quote
            // a cell (a name, say), so only its type is logged.
            log.error("Row {} of sheet {} in file {} could not be assembled ({}); it is rejected",
                    record.firstRow(), record.sheet(), read.file().id(), e.getClass().getName());
            return RecordRows.rejected(read.file().id(), record.sheet(), record.firstRow(), "",
                    List.of(Issue.of(IssueCode.FORMAT_ERROR, record.sheet(), record.firstRow(), 0, null)));
        }
    }
}
