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
 * state, a download still unpacking). What is skipped for good (a link, a pipe, a file it may not read, a hidden
 * name) is a {@link InboxNotice}, so that the researcher learns why; what will pass by itself (a lock file, a file
 * still being written) is not.
 */
public final class InboxScanner {
    /** The notices file the pipeline keeps at the inbox's top ({@code NoticeBoard}); never claimed. */
    public static final String NOTICES_FILE = "_notices.csv";

    /** What one scan found: the files to claim and the entries left, each in inbox-relative path order. */
    public record Scan(List<InboxFile> files, List<InboxNotice> notices) {
    }

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
        return scanWithNotices().files();
    }

    /** @throws NotDirectoryException where the root is missing, a file, or a link (not followed either) */
    public Scan scanWithNotices() throws IOException {
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            throw new NotDirectoryException(root + " (a folder is needed; links are not followed)");
        }
        List<InboxFile> found = new ArrayList<>();
        List<InboxNotice> notices = new ArrayList<>();
        // No FOLLOW_LINKS: a link, even to a folder, reaches visitFile with the link's own attributes.
        Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                boolean ignored = !dir.equals(root) && InboxPaths.isIgnoredName(dir.getFileName().toString());
                return ignored ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                Optional<InboxNotice.Reason> left = leftBecause(file, attrs);
                if (left.isPresent()) {
                    InboxPaths.relativeKey(root, file).ifPresent(relative -> notices.add(new InboxNotice(relative, left.get())));
                } else {
                    candidate(file, attrs).ifPresent(found::add);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                // An unreadable entry waits in the inbox for the operator; it must not stop the others.
                if (file.equals(root)) {
                    throw e;
                }
                InboxPaths.relativeKey(root, file).ifPresent(relative -> notices.add(new InboxNotice(relative, InboxNotice.Reason.UNREADABLE)));
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(Comparator.comparing(InboxFile::relativePath));
        notices.sort(Comparator.comparing(InboxNotice::relativePath));
        return new Scan(List.copyOf(found), List.copyOf(notices));
    }

    /**
     * Why an entry is left for good, if it is. Lock files and names still being written are not: they pass by
     * themselves. Nor are the Mac's own hidden files ({@code .DS_Store}, {@code ._name}), which nobody sent.
     */
    private Optional<InboxNotice.Reason> leftBecause(Path file, BasicFileAttributes attrs) {
        String name = file.getFileName().toString();
        if (attrs.isSymbolicLink() || Files.isSymbolicLink(file)) {
            return Optional.of(InboxNotice.Reason.LINK);
        }
        if (file.getParent().equals(root) && name.equals(NOTICES_FILE)) {
            return Optional.empty();
        }
        if (!attrs.isRegularFile() || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(InboxNotice.Reason.NOT_A_FILE);
        }
        if (name.startsWith(".") && !name.equals(".DS_Store") && !name.startsWith("._")) {
            return Optional.of(InboxNotice.Reason.HIDDEN_NAME);
        }
        if (!InboxPaths.isIgnoredName(name) && !Files.isReadable(file)) {
            return Optional.of(InboxNotice.Reason.UNREADABLE);
        }
        return Optional.empty();
    }

    private Optional<InboxFile> candidate(Path file, BasicFileAttributes attrs) {
        if ((file.getParent().equals(root) && file.getFileName().toString().equals(NOTICES_FILE)) || attrs.isSymbolicLink() || !attrs.isRegularFile() || Files.isSymbolicLink(file)
                || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                || InboxPaths.isIgnoredName(file.getFileName().toString())) {
            return Optional.empty();
        }
        return InboxPaths.relativeKey(root, file).map(relative -> new InboxFile(
                relative, InboxPaths.phaseHint(relative, phaseIds), file, attrs.size(), attrs.lastModifiedTime()));
    }
}
