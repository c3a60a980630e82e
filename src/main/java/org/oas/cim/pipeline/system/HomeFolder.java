package org.oas.cim.pipeline.system;


import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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

    /** The evidence behind published numbers: pseudonyms, files and cells, not for publication. */
    public Path restricted() {
        return out().resolve("restricted");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    /** Temporary files of the pipeline and its libraries (POI's SXSSF), kept as private as the data they hold. */
    public Path tmp() {
        return root.resolve("tmp");
    }

    /** The folders that hold personal data or could: owner-only, with owner-only files. */
    public List<Path> privateFolders() {
        return List.of(processing(), archive(), rejected(), data(), restricted(), logs(), tmp());
    }

    /**
     * Creates every folder that does not exist yet: the private ones owner-only whatever the umask, the home and
     * out/ readable by all but writable only by the owner; inbox/ as the umask and its parent allow, since
     * researchers drop files there.
     */
    public HomeFolder create() {
        try {
            FileModes.createSharedFolder(root);
            FileModes.createSharedFolder(out());
            Files.createDirectories(inbox());
            for (Path dir : privateFolders()) {
                FileModes.createPrivateFolder(dir);
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the home folder " + root, e);
        }
    }
}
