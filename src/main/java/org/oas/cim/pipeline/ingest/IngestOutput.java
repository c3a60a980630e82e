package org.oas.cim.pipeline.ingest;

/** What the ingest step writes: an assembled record, or the end of a file with its verdict. */
public sealed interface IngestOutput permits RecordRows, IngestItem.FileEnd {
}
