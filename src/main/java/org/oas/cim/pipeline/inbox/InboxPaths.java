package org.oas.cim.pipeline.inbox;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Name and path rules shared by every step, so that the scanner and the movers agree on what is inside. */
final class InboxPaths {
    /** Suffixes browsers, sync tools and office programs give files they are still writing. */
    private static final List<String> PARTIAL_SUFFIXES = List.of(".tmp", ".part", ".crdownload", ".partial");

    private InboxPaths() {
    }

    /** Office lock files ({@code ~$}), hidden files and files still being written are never claimed. */
    static boolean isIgnoredName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return name.startsWith("~$") || name.startsWith(".") || PARTIAL_SUFFIXES.stream().anyMatch(lower::endsWith);
    }

    /** The {@code /}-joined path of {@code file} inside {@code root}; empty where it is not strictly inside. */
    static Optional<String> relativeKey(Path root, Path file) {
        for (Path element : file) {
            if (element.toString().equals("..")) {
                return Optional.empty();
            }
        }
        Path base = root.toAbsolutePath().normalize();
        Path normal = file.toAbsolutePath().normalize();
        if (!normal.startsWith(base) || normal.equals(base)) {
            return Optional.empty();
        }
        return Optional.of(join(base.relativize(normal)));
    }

    /**
     * Where a relative path lands under {@code root}. A path that would leave {@code root} (absolute, or with
     * {@code ..}) is refused: a relative path may come back from a database row, not only from a scan.
     */
    static Path resolveInside(Path root, String relativePath) {
        Path relative = root.getFileSystem().getPath(relativePath);
        Path base = root.toAbsolutePath().normalize();
        Path target = base.resolve(relative).normalize();
        boolean climbs = false;
        for (Path element : relative) {
            climbs |= element.toString().equals("..");
        }
        if (relative.isAbsolute() || climbs || relativePath.isEmpty() || !target.startsWith(base) || target.equals(base)) {
            throw new IllegalArgumentException("not a path inside " + base + ": " + relativePath);
        }
        return target;
    }

    /** The first folder of a nested path, canonicalized, where it names a phase (researchers write Phase-2 too). */
    static String phaseHint(String relativePath, Set<String> phaseIds) {
        int slash = relativePath.indexOf('/');
        if (slash < 0) {
            return null;
        }
        String folder = relativePath.substring(0, slash);
        return phaseIds.stream().filter(id -> id.equalsIgnoreCase(folder)).sorted().findFirst().orElse(null);
    }

    private static String join(Path relative) {
        StringBuilder joined = new StringBuilder();
        for (Path element : relative) {
            if (!joined.isEmpty()) {
                joined.append('/');
            }
            joined.append(element);
        }
        return joined.toString();
    }
}
