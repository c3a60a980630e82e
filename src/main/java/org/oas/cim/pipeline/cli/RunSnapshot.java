package org.oas.cim.pipeline.cli;

import org.oas.cim.pipeline.inbox.FileDigest;
import org.oas.cim.pipeline.inbox.InboxScanner;
import org.oas.cim.pipeline.ingest.InputFileStore;
import org.oas.cim.pipeline.privacy.PurgeStore;
import org.oas.cim.pipeline.system.HomeFolder;
import org.oas.cim.pipeline.codebook.JobsFolder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * What a run starts from, as one checksum: the bytes of every file in the inbox, the jobs/ definitions, and
 * the files the database already holds with their fate, and the purges done. It identifies a job instance, so that the same
 * starting point is never run twice, while a new file, a changed codebook or a revision always runs.
 */
final class RunSnapshot {
    private RunSnapshot() {
    }

    static String of(HomeFolder home, JobsFolder jobs, InputFileStore files, PurgeStore purges) {
        MessageDigest digest = FileDigest.newSha256();
        update(digest, "inbox");
        hashTree(digest, home.inbox());
        update(digest, "jobs");
        hashJobs(digest, jobs);
        update(digest, "database");
        files.forEachFate(line -> update(digest, line));
        // After a purge the next run publishes again, from what the purge left: the same tables.
        update(digest, "purges");
        purges.forEachPurge(id -> update(digest, id));
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The inbox's files, by path and bytes. An entry it may not read (a file without permission, a folder it may not
     * list) counts by its path alone: it is left in the inbox with a notice, and must not stop the run before it starts.
     * The notices file is the pipeline's own, not an input.
     */
    private static void hashTree(MessageDigest digest, Path root) {
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !file.equals(root.resolve(InboxScanner.NOTICES_FILE))) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    files.add(file);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
        files.sort(null);
        for (Path file : files) {
            update(digest, root.relativize(file).toString().replace('\\', '/'));
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            } catch (IOException unreadable) {
                update(digest, "unreadable");
            }
        }
    }

    private static void hashJobs(MessageDigest digest, JobsFolder jobs) {
        for (String file : jobs.files()) {
            update(digest, file);
            try (InputStream in = new DigestInputStream(jobs.open(file), digest)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + jobs.name(file), e);
            }
        }
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }
}
