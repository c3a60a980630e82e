package org.oas.cim.pipeline.inbox;

import org.oas.cim.pipeline.system.CrashPoints;
import org.oas.cim.pipeline.system.FileModes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Takes settled files out of the inbox into {@code processing/<inbox-relative path>} with one atomic rename,
 * so that a file is in exactly one place at every moment. The inbox and processing/ must be on one file
 * system. One claimer runs per home folder at a time (the job that drives it sees to that): the check for an
 * earlier claim and the rename are two steps.
 */
public final class Claimer {
    private final Path inbox;
    private final Path processing;

    public Claimer(Path inbox, Path processing) {
        this.inbox = inbox.toAbsolutePath().normalize();
        this.processing = processing.toAbsolutePath().normalize();
    }

    /**
     * Claims a file the scanner listed and that has settled, and reads its SHA-256 from where it now lies.
     *
     * @return empty where the file is no longer in the inbox or no longer a regular file, or where processing/
     *         still holds that relative path from an earlier claim not finished (it is claimed on a later run)
     */
    public Optional<ClaimedFile> claim(InboxFile file) throws IOException {
        Path source = InboxPaths.resolveInside(inbox, file.relativePath());
        Path target = InboxPaths.resolveInside(processing, file.relativePath());
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) || !isPlainFile(source)) {
            return Optional.empty();
        }
        FileModes.createPrivateFolder(target.getParent());
        try {
            // On POSIX a rename replaces an existing target silently; the check above is what keeps it from doing so.
            CrashPoints.reached("the claim of " + file.relativePath());
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException gone) {
            return Optional.empty();
        }
        if (!isPlainFile(target)) {
            // Swapped for a link or a pipe between the check and the rename: give it back untouched, unread.
            Files.move(target, source, StandardCopyOption.ATOMIC_MOVE);
            return Optional.empty();
        }
        // Out of the researchers' drop, the file is personal data: owner-only whatever mode it arrived with.
        FileModes.makePrivate(target);
        FileDigest digest = FileDigest.of(target);
        return Optional.of(new ClaimedFile(file.relativePath(), file.phaseHint(), digest.sha256(), digest.size(), target));
    }

    private static boolean isPlainFile(Path path) {
        return !Files.isSymbolicLink(path) && Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS);
    }
}
