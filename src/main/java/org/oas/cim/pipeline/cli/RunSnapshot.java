package org.oas.cim.pipeline.cli;

import org.oas.cim.pipeline.inbox.FileDigest;
import org.oas.cim.pipeline.ingest.InputFileStore;
import org.oas.cim.pipeline.privacy.PurgeStore;
import org.oas.cim.pipeline.system.HomeFolder;
import org.oas.cim.pipeline.codebook.JobsFolder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

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

    private static void hashTree(MessageDigest digest, Path root) {
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> files = walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
            for (Path file : files) {
                update(digest, root.relativize(file).toString().replace('\\', '/'));
                try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                    in.transferTo(java.io.OutputStream.nullOutputStream());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + root, e);
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
