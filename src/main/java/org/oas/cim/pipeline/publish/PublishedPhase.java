package org.oas.cim.pipeline.publish;

import java.util.List;
import java.util.Objects;

/**
 * Everything one run publishes for a phase: the tables (each as {@code <name>.csv} and a sheet of
 * {@code findings.xlsx}), the manifest, and further files such as the HTML report.
 */
public record PublishedPhase(List<Table> tables, Manifest manifest, List<PhaseFile> extraFiles) {
    public PublishedPhase {
        tables = List.copyOf(tables);
        Objects.requireNonNull(manifest, "manifest");
        extraFiles = List.copyOf(extraFiles);
    }

    public PublishedPhase(List<Table> tables, Manifest manifest) {
        this(tables, manifest, List.of());
    }
}
