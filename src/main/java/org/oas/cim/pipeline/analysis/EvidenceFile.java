package org.oas.cim.pipeline.analysis;

import org.oas.cim.pipeline.publish.SafeCsvWriter;

import java.io.IOException;
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

    /**
     * Writes the phase's evidence file, replacing the previous one in a single move.
     *
     * @param spillFolder where rows listed under several findings wait (the home's private {@code tmp/})
     */
    static void publish(FindingsStore store, Path outDir, Path spillFolder, long runId, String phase) throws IOException {
        Path dir = outDir.resolve("restricted").resolve(phase);
        Files.createDirectories(dir);
        Path staging = dir.resolve(".evidence.csv.tmp");
        // File and sheet names are the researchers' own: the shared writer keeps them from running as formulas.
        try (SafeCsvWriter csv = SafeCsvWriter.open(Files.newOutputStream(staging), true, "\n")) {
            csv.row(FindingsStore.EVIDENCE_HEADER);
            store.forEachEvidence(runId, phase, null, null, spillFolder, csv::row);
        }
        Files.move(staging, dir.resolve("evidence.csv"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
