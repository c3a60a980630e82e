package org.oas.cim.pipeline.analysis;

import com.opencsv.CSVWriter;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The restricted file {@code out/restricted/<phase>/evidence.csv}: the answers behind a phase's findings, with
 * pseudonyms, files, sheets and cells (never names).
 */
final class EvidenceFile {
    private EvidenceFile() {
    }

    /** Writes the phase's evidence file, replacing the previous one in a single move. */
    static void publish(FindingsStore store, Path outDir, long runId, String phase) throws IOException {
        Path dir = outDir.resolve("restricted").resolve(phase);
        Files.createDirectories(dir);
        Path staging = dir.resolve(".evidence.csv.tmp");
        try (Writer out = Files.newBufferedWriter(staging, StandardCharsets.UTF_8); CSVWriter csv = new CSVWriter(out)) {
            out.write('\uFEFF');
            csv.writeNext(FindingsStore.EVIDENCE_HEADER, false);
            for (String[] row : store.evidence(runId, phase, null, null)) {
                csv.writeNext(row, false);
            }
        }
        Files.move(staging, dir.resolve("evidence.csv"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
