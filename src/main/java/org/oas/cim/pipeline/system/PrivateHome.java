package org.oas.cim.pipeline.system;


import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keeps a home's private folders ({@link HomeFolder#privateFolders()}) owner-only: finds what others could read,
 * tightens it, and, when root runs a command in a home another account owns, gives what root created to that
 * account, so that the service account can still open it afterwards.
 */
public final class PrivateHome {
    private final HomeFolder home;

    public PrivateHome(HomeFolder home) {
        this.home = home;
    }

    /** Paths in the private folders (the folders included) that other accounts can read, write or enter. */
    public List<Path> loosePaths() {
        List<Path> loose = new ArrayList<>();
        walk(path -> {
            if (FileModes.othersHaveAccess(path)) {
                loose.add(path);
            }
        });
        return loose;
    }

    /**
     * Makes every path in the private folders owner-only and, when running as root, owned by the home's owner.
     *
     * @return the paths that others could reach before
     */
    public List<Path> tighten() {
        Owner owner = Owner.of(home.root());
        List<Path> tightened = new ArrayList<>();
        walk(path -> {
            if (FileModes.othersHaveAccess(path)) {
                FileModes.makePrivate(path);
                tightened.add(path);
            }
            owner.claim(path);
        });
        return tightened;
    }

    /** How many of the paths lie in each private folder ({@code data/ 2, logs/ 1}): a log line names no file. */
    public String countByFolder(List<Path> paths) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Path path : paths) {
            Path relative = home.root().relativize(path);
            String folder = relative.startsWith("out") && relative.getNameCount() > 1 ? "out/" + relative.getName(1) : relative.getName(0).toString();
            counts.merge(folder + "/", 1, Integer::sum);
        }
        StringBuilder text = new StringBuilder();
        counts.forEach((folder, n) -> text.append(text.isEmpty() ? "" : ", ").append(folder).append(' ').append(n));
        return text.toString();
    }

    private void walk(PathAction action) {
        for (Path folder : home.privateFolders()) {
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try {
                Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                        action.apply(dir);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                        if (attrs.isRegularFile() || attrs.isDirectory()) {
                            action.apply(file);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        // A file H2 or a rename removed while we walked is not ours to worry about.
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException("cannot make " + folder + " private", e);
            }
        }
    }

    private interface PathAction {
        void apply(Path path) throws IOException;
    }

    /** The home's owner, when this process is root and someone else owns the home; else nobody to give files to. */
    private record Owner(UserPrincipal user, GroupPrincipal group) {
        static Owner of(Path root) {
            try {
                PosixFileAttributeView view = Files.getFileAttributeView(root, PosixFileAttributeView.class);
                // A file system without owners (no "unix" attributes) has nobody to hand files to.
                if (view == null || !root.getFileSystem().supportedFileAttributeViews().contains("unix") || !runningAsRoot()) {
                    return new Owner(null, null);
                }
                PosixFileAttributes attributes = view.readAttributes();
                boolean rootsHome = Integer.valueOf(0).equals(Files.getAttribute(root, "unix:uid"));
                return rootsHome ? new Owner(null, null) : new Owner(attributes.owner(), attributes.group());
            } catch (IOException e) {
                // The home's owner cannot be read: files stay with this process's account.
                return new Owner(null, null);
            }
        }

        void claim(Path path) throws IOException {
            if (user == null) {
                return;
            }
            PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
            if (!view.readAttributes().owner().equals(user)) {
                view.setOwner(user);
                view.setGroup(group);
            }
        }

        private static boolean runningAsRoot() {
            return "root".equals(System.getProperty("user.name"));
        }
    }
}
