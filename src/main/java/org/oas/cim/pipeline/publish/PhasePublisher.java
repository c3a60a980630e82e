package org.oas.cim.pipeline.publish;

import org.oas.cim.pipeline.system.CrashPoints;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Publishes a phase's files together (src/site/markdown/protocol/outputs.md, "Files"). Everything is written into a
 * staging folder beside {@code <out>/<phase>/} ({@code .<phase>.staging}), flushed to disk, and only then swapped in:
 * the live folder is renamed to {@code .<phase>.old}, the staging folder renamed to {@code <phase>}, and the old one
 * deleted. Renames within one folder are atomic, so {@code <phase>/} always holds one run's complete files; for the
 * instant between the two renames it is absent rather than mixed.
 *
 * <p>A crash leaves at most a staging folder (incomplete: deleted on the next publish) or an old folder. An old
 * folder without a live one means the crash fell between the renames: the old run is put back before anything
 * else. A lock file ({@code .<phase>.lock}) keeps two publications of one phase from interleaving.
 */
public final class PhasePublisher {
    private static final Pattern PHASE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern LEFTOVER = Pattern.compile("\\.([A-Za-z0-9][A-Za-z0-9._-]*)\\.(staging|old)");

    private final PublishSettings settings;
    private final CsvTableWriter csv;
    private final XlsxWorkbookWriter xlsx;
    private final DataPackage dataPackage;

    public PhasePublisher(PublishSettings settings) {
        this.settings = settings;
        this.csv = new CsvTableWriter(settings.byteOrderMark());
        this.xlsx = new XlsxWorkbookWriter(Messages.of(settings.language()));
        this.dataPackage = new DataPackage(Messages.of(settings.language()));
    }

    /**
     * Writes the phase's tables ({@code <table>.csv}), {@code findings.xlsx}, {@code manifest.csv}, the data package
     * ({@code datapackage.json} with {@code countries.csv} and {@code items.csv}) and extra files,
     * and moves them into place as {@code <outDir>/<phase>/}, replacing the previous run's.
     *
     * @return the published folder
     * @throws IllegalStateException where another publication of the same phase holds the lock
     */
    public Path publish(Path outDir, String phase, PublishedPhase content) throws IOException {
        if (phase == null || !PHASE_ID.matcher(phase).matches()) {
            throw new IllegalArgumentException("a phase id must be a plain folder name, was " + phase);
        }
        requireDistinctFileNames(content);
        Files.createDirectories(outDir);
        Path live = outDir.resolve(phase);
        Path staging = outDir.resolve("." + phase + ".staging");
        Path old = outDir.resolve("." + phase + ".old");
        try (FileChannel lockFile = FileChannel.open(outDir.resolve("." + phase + ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = tryLock(lockFile, phase)) {
            recover(live, staging, old);
            CrashPoints.reached("the staging of phase " + phase);
            Files.createDirectory(staging);
            try {
                writeAll(staging, phase, content);
            } catch (IOException | RuntimeException e) {
                deleteTree(staging);
                throw e;
            }
            if (Files.exists(live)) {
                CrashPoints.reached("setting aside the old tables of phase " + phase);
                Files.move(live, old, StandardCopyOption.ATOMIC_MOVE);
            }
            CrashPoints.reached("the publication of phase " + phase);
            Files.move(staging, live, StandardCopyOption.ATOMIC_MOVE);
            CrashPoints.reached("deleting the old tables of phase " + phase);
            deleteTree(old);
        }
        return live;
    }

    /** The phases a crash left half-published: a staging or an old folder beside (or instead of) the live one. */
    public static SortedSet<String> halfPublished(Path outDir) throws IOException {
        SortedSet<String> phases = new TreeSet<>();
        if (Files.isDirectory(outDir)) {
            try (Stream<Path> entries = Files.list(outDir)) {
                entries.map(p -> LEFTOVER.matcher(p.getFileName().toString())).filter(Matcher::matches)
                        .forEach(m -> phases.add(m.group(1)));
            }
        }
        return phases;
    }

    /** Puts a half-published phase back to its last complete publication, as the next publication of it would. */
    public static void repairHalfPublished(Path outDir, String phase) throws IOException {
        recover(outDir.resolve(phase), outDir.resolve("." + phase + ".staging"), outDir.resolve("." + phase + ".old"));
    }

    /** Brings the folders back to "a live folder or none, nothing else" after a crash. */
    static void recover(Path live, Path staging, Path old) throws IOException {
        if (Files.exists(old)) {
            if (Files.exists(live)) {
                deleteTree(old);
            } else {
                Files.move(old, live, StandardCopyOption.ATOMIC_MOVE);
            }
        }
        deleteTree(staging);
    }

    private void writeAll(Path folder, String phase, PublishedPhase content) throws IOException {
        for (Table table : content.tables()) {
            csv.write(table, folder.resolve(CsvTableWriter.fileName(table)));
        }
        xlsx.write(content.tables(), folder.resolve(XlsxWorkbookWriter.FILE_NAME));
        Table manifest = content.manifest().table(phase, settings);
        csv.write(manifest, folder.resolve(Manifest.FILE_NAME));
        List<Table> described = new ArrayList<>(content.tables());
        for (Table reference : dataPackage.referenceTables(content.tables())) {
            csv.write(reference, folder.resolve(CsvTableWriter.fileName(reference)));
            described.add(reference);
        }
        described.add(manifest);
        Files.write(folder.resolve(DataPackage.FILE_NAME), dataPackage.descriptor(phase, described, content.manifest(), settings));
        for (PhaseFile file : content.extraFiles()) {
            try (OutputStream out = Files.newOutputStream(folder.resolve(file.name()))) {
                file.content().writeTo(out);
            }
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
            }
        }
    }

    private static void requireDistinctFileNames(PublishedPhase content) {
        Set<String> names = new HashSet<>(List.of(XlsxWorkbookWriter.FILE_NAME, Manifest.FILE_NAME, DataPackage.FILE_NAME,
                DataPackage.COUNTRIES + ".csv", DataPackage.ITEMS + ".csv"));
        for (Table table : content.tables()) {
            if (!names.add(CsvTableWriter.fileName(table))) {
                throw new IllegalArgumentException("two published files would be named " + CsvTableWriter.fileName(table));
            }
        }
        for (PhaseFile file : content.extraFiles()) {
            if (!names.add(file.name())) {
                throw new IllegalArgumentException("two published files would be named " + file.name());
            }
        }
    }

    private static FileLock tryLock(FileChannel channel, String phase) throws IOException {
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            throw new IllegalStateException("phase " + phase + " is being published by another run");
        }
        return lock;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
