package org.oas.cim.pipeline.system;

import org.oas.cim.pipeline.codebook.JobsFolder;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a run starts from, as one checksum: the bytes of every file in the inbox, the jobs/ definitions, and
 * the files the database already holds with their fate. It identifies a job instance, so that the same
 * starting point is never run twice, while a new file, a changed codebook or a revision always runs.
 */
public final class RunSnapshot {
    private RunSnapshot() {
    }

    /** @param jobs the {@code --jobs} folder, or null: then the one the command uses (see {@link JobsFolder#choose}) */
    public static String of(HomeFolder home, Path jobs, JdbcClient jdbc) {
        MessageDigest digest = sha256();
        update(digest, "inbox");
        hashTree(digest, home.inbox());
        update(digest, "jobs");
        hashJobs(digest, JobsFolder.choose(jobs, home.root()));
        update(digest, "database");
        jdbc.sql("SELECT id, sha256, status, superseded_by FROM input_file ORDER BY id")
                .query((rs, n) -> rs.getLong(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getObject(4))
                .list().forEach(line -> update(digest, line));
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

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }
}
