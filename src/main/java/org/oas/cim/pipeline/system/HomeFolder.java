package org.oas.cim.pipeline.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The folders of one pipeline installation, all under one home so that a backup is one copy. */
public record HomeFolder(Path root) {
    public HomeFolder {
        root = root.toAbsolutePath().normalize();
    }

    public Path inbox() {
        return root.resolve("inbox");
    }

    /** Claimed files while they are ingested, out of researchers' reach. */
    public Path processing() {
        return root.resolve("processing");
    }

    public Path archive() {
        return root.resolve("archive");
    }

    public Path rejected() {
        return root.resolve("rejected");
    }

    /** The H2 database and the pseudonym key. */
    public Path data() {
        return root.resolve("data");
    }

    /** Published tables, one folder per phase, and restricted/ beside them. */
    public Path out() {
        return root.resolve("out");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    /** Creates every folder that does not exist yet. */
    public HomeFolder create() {
        try {
            for (Path dir : new Path[] {inbox(), processing(), archive(), rejected(), data(), out(), logs()}) {
                Files.createDirectories(dir);
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the home folder " + root, e);
        }
    }
}
