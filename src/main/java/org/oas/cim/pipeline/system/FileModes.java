package org.oas.cim.pipeline.system;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * Owner-only modes for what holds personal data, set explicitly so that the process's umask (000 under some service
 * managers) never decides who can read it. Outside POSIX file systems every method does nothing.
 */
public final class FileModes {
    public static final Set<PosixFilePermission> PRIVATE_FOLDER = PosixFilePermissions.fromString("rwx------");
    public static final Set<PosixFilePermission> PRIVATE_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> GROUP_AND_OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);
    private static final Set<PosixFilePermission> WRITE_BY_OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private FileModes() {
    }

    /** Creates the folder and any missing parents, each new one owner-only. */
    public static Path createPrivateFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return folder;
        }
        createPrivateFolder(folder.getParent());
        try {
            Files.createDirectory(folder);
        } catch (java.nio.file.FileAlreadyExistsException raced) {
            return folder;
        }
        setPermissions(folder, PRIVATE_FOLDER);
        return folder;
    }

    /** Creates the folder if missing, readable by all but writable only by its owner whatever the umask. */
    public static Path createSharedFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return folder;
        }
        Files.createDirectories(folder);
        if (POSIX) {
            Set<PosixFilePermission> mode = Files.getPosixFilePermissions(folder, LinkOption.NOFOLLOW_LINKS);
            if (mode.removeAll(WRITE_BY_OTHERS)) {
                setPermissions(folder, mode);
            }
        }
        return folder;
    }

    /** Owner-only: 0700 for a folder, 0600 for a file. Links are left alone (a link's target is not ours to change). */
    public static void makePrivate(Path path) throws IOException {
        if (!POSIX || Files.isSymbolicLink(path)) {
            return;
        }
        setPermissions(path, Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) ? PRIVATE_FOLDER : PRIVATE_FILE);
    }

    /** Whether any account but the owner may read, write or enter it. */
    public static boolean othersHaveAccess(Path path) throws IOException {
        if (!POSIX || Files.isSymbolicLink(path)) {
            return false;
        }
        Set<PosixFilePermission> mode = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
        return mode.stream().anyMatch(GROUP_AND_OTHERS::contains);
    }

    private static void setPermissions(Path path, Set<PosixFilePermission> mode) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (view != null) {
            view.setPermissions(mode);
        }
    }
}
