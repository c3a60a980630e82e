package org.oas.cim.pipeline.inbox;

import org.oas.cim.pipeline.system.CrashPoints;
import org.oas.cim.pipeline.system.FileModes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Puts a processed file to rest at {@code archive/<inbox-relative path>} or {@code rejected/<...>}, by an atomic
 * rename from processing/ (one file system). Nothing there is ever overwritten: where the name is taken (the
 * same name arrived before), the file gets the first free {@code name (2).xlsx}, {@code name (3).xlsx}, ...
 * Placing again after a crash finds the file already placed instead of failing.
 */
public final class Placement {
    /** The longest file name ext4, XFS and APFS accept, in bytes of UTF-8. */
    private static final int MAX_NAME_BYTES = 255;

    private final Path archive;
    private final Path rejected;

    public Placement(Path archive, Path rejected) {
        this.archive = archive.toAbsolutePath().normalize();
        this.rejected = rejected.toAbsolutePath().normalize();
    }

    /** Taken, perhaps with warnings. @return where the file now is */
    public Path archive(ClaimedFile file) throws IOException {
        return place(file, archive);
    }

    /** Not taken. @return where the file now is */
    public Path reject(ClaimedFile file) throws IOException {
        return place(file, rejected);
    }

    private static Path place(ClaimedFile file, Path root) throws IOException {
        Path wanted = InboxPaths.resolveInside(root, file.relativePath());
        if (!Files.exists(file.processingPath(), LinkOption.NOFOLLOW_LINKS)) {
            return alreadyPlaced(file, wanted);
        }
        FileModes.createPrivateFolder(wanted.getParent());
        Path target = wanted;
        for (int n = 2; Files.exists(target, LinkOption.NOFOLLOW_LINKS); n++) {
            target = numbered(wanted, n);
        }
        CrashPoints.reached("the placement of " + file.relativePath());
        Files.move(file.processingPath(), target, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    /**
     * The last of {@code name}, {@code name (2)}, ... holding the recorded bytes: names are taken in order, so
     * where the same bytes arrived twice the later copy is the one this placement made.
     */
    private static Path alreadyPlaced(ClaimedFile file, Path wanted) throws IOException {
        Path found = null;
        Path candidate = wanted;
        for (int n = 2; Files.exists(candidate, LinkOption.NOFOLLOW_LINKS); n++) {
            if (Files.isRegularFile(candidate, LinkOption.NOFOLLOW_LINKS)
                    && Files.size(candidate) == file.size()
                    && FileDigest.of(candidate).sha256().equals(file.sha256())) {
                found = candidate;
            }
            candidate = numbered(wanted, n);
        }
        if (found == null) {
            throw new GoneException(file, wanted);
        }
        return found;
    }

    /**
     * A claimed file that is neither in processing/ nor placed: someone removed it by hand. Nothing is left to place;
     * {@link #intended()} is where it would have gone.
     */
    public static final class GoneException extends NoSuchFileException {
        private final transient Path intended;

        GoneException(ClaimedFile file, Path intended) {
            super(file.processingPath().toString(), intended.toString(), "neither in processing nor placed with SHA-256 " + file.sha256());
            this.intended = intended;
        }

        public Path intended() {
            return intended;
        }
    }

    /**
     * {@code book.xlsx} becomes {@code book (2).xlsx}; a name without extension gets the suffix at its end. A name
     * near the file systems' limit of 255 bytes loses the end of its stem to make room for the number.
     */
    static Path numbered(Path path, int n) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String tail = " (" + n + ")" + (dot > 0 ? name.substring(dot) : "");
        int room = MAX_NAME_BYTES - tail.getBytes(StandardCharsets.UTF_8).length;
        while (stem.getBytes(StandardCharsets.UTF_8).length > room && !stem.isEmpty()) {
            stem = stem.substring(0, stem.offsetByCodePoints(stem.length(), -1));
        }
        return path.resolveSibling(stem + tail);
    }
}
