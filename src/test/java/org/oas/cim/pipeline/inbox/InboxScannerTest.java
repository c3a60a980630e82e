package org.oas.cim.pipeline.inbox;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class InboxScannerTest {
    @TempDir
    Path home;
    InboxFixtures fx;

    @BeforeEach
    void home() throws IOException {
        fx = new InboxFixtures(home);
    }

    private List<String> listed() throws IOException {
        return fx.scanner().scan().stream().map(InboxFile::relativePath).toList();
    }

    @Test
    void filesAtTheTopAndInSubfoldersOfAnyDepthAreListedInRelativePathOrder() throws IOException {
        fx.put("z.csv", "z");
        fx.put("phase-2/mx/2004/b.xlsx", "b");
        fx.put("a.xlsx", "a");
        fx.put("phase-1/c.csv", "c");

        List<InboxFile> files = fx.scanner().scan();

        assertThat(files).extracting(InboxFile::relativePath)
                .containsExactly("a.xlsx", "phase-1/c.csv", "phase-2/mx/2004/b.xlsx", "z.csv");
        assertThat(files.get(2).path()).isEqualTo(fx.inbox.resolve("phase-2/mx/2004/b.xlsx"));
        assertThat(files.get(2).size()).isEqualTo(1);
    }

    @Test
    void aFirstFolderNamedAfterAPhaseIsReportedAsThePhaseHint() throws IOException {
        fx.put("top.xlsx", "t");
        fx.put("phase-2/cr/deep.xlsx", "d");
        fx.put("Caribbean/jm.csv", "j");
        fx.put("costa-rica/phase-1/not-a-hint.xlsx", "n");

        assertThat(fx.scanner().scan()).extracting(InboxFile::relativePath, InboxFile::phaseHint).containsExactly(
                tuple("Caribbean/jm.csv", "caribbean"),
                tuple("costa-rica/phase-1/not-a-hint.xlsx", null),
                tuple("phase-2/cr/deep.xlsx", "phase-2"),
                tuple("top.xlsx", null));
    }

    @Test
    void lockHiddenAndPartialFilesAreNeverListedNorAnythingInAHiddenFolder() throws IOException {
        fx.put("ngo.xlsx", "taken");
        for (String name : new String[] {"~$ngo.xlsx", ".ngo.xlsx", "ngo.tmp", "ngo.xlsx.part", "ngo.xlsx.crdownload",
                "ngo.xlsx.partial", "phase-2/~$ngo.xlsx", "phase-2/ngo.csv.TMP", ".sync/ngo.xlsx", "phase-1/.Trash/ngo.xlsx"}) {
            fx.put(name, "not taken");
        }

        assertThat(listed()).containsExactly("ngo.xlsx");
    }

    @Test
    void symbolicLinksAreNeverFollowedWhetherTheyPointInsideOrOutsideTheInbox() throws IOException {
        Path inside = fx.put("real.csv", "inside");
        Path outsideDir = Files.createDirectories(home.resolve("elsewhere"));
        Path outside = Files.writeString(outsideDir.resolve("secret.csv"), "outside");
        Files.createSymbolicLink(fx.inbox.resolve("link-inside.csv"), inside);
        Files.createSymbolicLink(fx.inbox.resolve("link-outside.csv"), outside);
        Files.createSymbolicLink(fx.inbox.resolve("linked-folder"), outsideDir);
        Files.createDirectories(fx.inbox.resolve("phase-2"));
        Files.createSymbolicLink(fx.inbox.resolve("phase-2/up.csv"), Path.of("../../elsewhere/secret.csv"));

        assertThat(listed()).containsExactly("real.csv");

        Claimer claimer = new Claimer(fx.inbox, fx.processing);
        for (InboxFile file : fx.scanner().scan()) {
            claimer.claim(file);
        }
        assertThat(Files.readString(outside)).isEqualTo("outside");
        assertThat(Files.isSymbolicLink(fx.inbox.resolve("link-outside.csv"))).isTrue();
        assertThat(Files.isSymbolicLink(fx.inbox.resolve("linked-folder"))).isTrue();
        assertThat(fx.processing.toFile().list()).containsExactly("real.csv");
    }

    @Test
    void aNamedPipeIsNeverListedNorOpened() throws Exception {
        Path fifo = fx.inbox.resolve("phase-2/answers.csv");
        Files.createDirectories(fifo.getParent());
        assumeTrue(mkfifo(fifo), "mkfifo is not available here");
        fx.put("phase-2/real.csv", "r");

        // Opening a pipe for reading blocks until a writer comes: a scan or claim that read it would hang.
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            List<InboxFile> files = fx.scanner().scan();
            assertThat(files).extracting(InboxFile::relativePath).containsExactly("phase-2/real.csv");
            for (InboxFile file : files) {
                new Claimer(fx.inbox, fx.processing).claim(file);
            }
        });
        assertThat(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS)).isTrue();
        assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
    }

    @Test
    void anInboxThatIsItselfALinkIsRefused() throws IOException {
        Path linked = Files.createSymbolicLink(home.resolve("linked-inbox"), fx.inbox);

        assertThatThrownBy(() -> new InboxScanner(linked, InboxFixtures.PHASES).scan())
                .isInstanceOf(NotDirectoryException.class);
    }

    private static boolean mkfifo(Path fifo) throws InterruptedException {
        try {
            Process process = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
            return process.waitFor() == 0 && Files.exists(fifo, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException notInstalled) {
            return false;
        }
    }
}
