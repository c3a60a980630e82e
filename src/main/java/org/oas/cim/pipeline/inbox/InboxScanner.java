package org.oas.cim.pipeline.inbox;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Lists the files under a folder that may be claimed: regular files at any depth, in inbox-relative path
 * order. Symbolic links (to files or folders, inside or outside), devices and pipes are skipped without being
 * opened; so are lock, hidden and partial names, and everything under a folder with such a name (a sync tool's
 * state, a download still unpacking).
 */
public final class InboxScanner {
    private final Path root;
    private final Set<String> phaseIds;

    /**
     * @param root     the folder to list (the inbox; recovery lists processing/ the same way)
     * @param phaseIds the study's phase ids, for the phase hint of files in a phase folder
     */
    public InboxScanner(Path root, Set<String> phaseIds) {
        this.root = root.toAbsolutePath().normalize();
        this.phaseIds = Set.copyOf(phaseIds);
    }

    public Path root() {
        return root;
    }

    /** @throws NotDirectoryException where the root is missing, a file, or a link (not followed either) */
    public List<InboxFile> scan() throws IOException {
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            throw new NotDirectoryException(root + " (a folder is needed; links are not followed)");
        }
        List<InboxFile> found = new ArrayList<>();
        // No FOLLOW_LINKS: a link, even to a folder, reaches visitFile with the link's own attributes.
        Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                boolean ignored = !dir.equals(root) && InboxPaths.isIgnoredName(dir.getFileName().toString());
                return ignored ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                candidate(file, attrs).ifPresent(found::add);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                // An unreadable entry waits in the inbox for the operator; it must not stop the others.
                if (file.equals(root)) {
                    throw e;
                }
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(Comparator.comparing(InboxFile::relativePath));
        return List.copyOf(found);
    }

    private Optional<InboxFile> candidate(Path file, BasicFileAttributes attrs) {
        if (attrs.isSymbolicLink() || !attrs.isRegularFile() || Files.isSymbolicLink(file)
                || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                || InboxPaths.isIgnoredName(file.getFileName().toString())) {
            return Optional.empty();
        }
        return InboxPaths.relativeKey(root, file).map(relative -> new InboxFile(
                relative, InboxPaths.phaseHint(relative, phaseIds), file, attrs.size(), attrs.lastModifiedTime()));
    }
}
