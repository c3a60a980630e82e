package org.oas.cim.pipeline.inbox;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimerTest {
    @TempDir
    Path home;
    InboxFixtures fx;
    Claimer claimer;

    @BeforeEach
    void home() throws IOException {
        fx = new InboxFixtures(home);
        claimer = new Claimer(fx.inbox, fx.processing);
    }

    @Test
    void aClaimMovesTheFileIntoProcessingAndLeavesNoCopyInTheInbox() throws IOException {
        byte[] bytes = InboxFixtures.workbook("Costa Rica", "Sí");
        Path arrived = fx.put("phase-2/cr/ngo.xlsx", bytes);
        InboxFile file = fx.scanner().scan().get(0);

        ClaimedFile claimed = claimer.claim(file).orElseThrow();

        assertThat(arrived).doesNotExist();
        assertThat(fx.scanner().scan()).isEmpty();
        assertThat(claimed.processingPath()).isEqualTo(fx.processing.resolve("phase-2/cr/ngo.xlsx"));
        assertThat(Files.readAllBytes(claimed.processingPath())).isEqualTo(bytes);
        assertThat(claimed.relativePath()).isEqualTo("phase-2/cr/ngo.xlsx");
        assertThat(claimed.phaseHint()).isEqualTo("phase-2");
        assertThat(claimed.sha256()).isEqualTo(InboxFixtures.sha256(bytes));
        assertThat(claimed.size()).isEqualTo(bytes.length);
    }

    @Test
    void aPathStillInProcessingFromAnEarlierClaimIsNotClaimedAgainYet() throws IOException {
        Path earlier = Files.writeString(Files.createDirectories(fx.processing.resolve("phase-1")).resolve("ngo.csv"), "earlier");
        Path revision = fx.put("phase-1/ngo.csv", "revision");
        InboxFile file = fx.scanner().scan().get(0);

        assertThat(claimer.claim(file)).isEmpty();

        assertThat(Files.readString(earlier)).isEqualTo("earlier");
        assertThat(Files.readString(revision)).isEqualTo("revision");
    }

    @Test
    void aFileThatLeftTheInboxSinceTheScanIsNotClaimed() throws IOException {
        Path arrived = fx.put("ngo.csv", "n");
        InboxFile file = fx.scanner().scan().get(0);
        Files.move(arrived, home.resolve("taken-back.csv"));

        assertThat(claimer.claim(file)).isEmpty();
        assertThat(fx.processing.toFile().list()).isEmpty();
    }

    @Test
    void aFileReplacedByALinkSinceTheScanIsNotClaimed() throws IOException {
        Path arrived = fx.put("ngo.csv", "n");
        InboxFile file = fx.scanner().scan().get(0);
        Path outside = Files.writeString(home.resolve("outside.csv"), "outside");
        Files.delete(arrived);
        Files.createSymbolicLink(arrived, outside);

        assertThat(claimer.claim(file)).isEmpty();
        assertThat(Files.isSymbolicLink(arrived)).isTrue();
        assertThat(fx.processing.toFile().list()).isEmpty();
    }

    @Test
    void filesLeftInProcessingByACrashAreFoundWithTheirPathPhaseAndHash() throws IOException {
        byte[] first = InboxFixtures.workbook("Belize", "No");
        byte[] second = InboxFixtures.workbook("México", "Sí");
        fx.put("phase-2/bz/ngo.xlsx", first);
        fx.put("mx.xlsx", second);
        for (InboxFile file : fx.scanner().scan()) {
            claimer.claim(file).orElseThrow();
        }
        // The run dies here: what it claimed is known only from processing/.

        List<ClaimedFile> left = new Recovery(fx.processing, InboxFixtures.PHASES).leftInProcessing();

        assertThat(left).extracting(ClaimedFile::relativePath, ClaimedFile::phaseHint, ClaimedFile::sha256, ClaimedFile::size)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("mx.xlsx", null, InboxFixtures.sha256(second), (long) second.length),
                        org.assertj.core.groups.Tuple.tuple("phase-2/bz/ngo.xlsx", "phase-2", InboxFixtures.sha256(first), (long) first.length));
        Path archived = new Placement(fx.archive, fx.rejected).archive(left.get(1));
        assertThat(archived).isEqualTo(fx.archive.resolve("phase-2/bz/ngo.xlsx"));
        assertThat(Files.readAllBytes(archived)).isEqualTo(first);
        assertThat(new Recovery(fx.processing, InboxFixtures.PHASES).leftInProcessing())
                .extracting(ClaimedFile::relativePath).containsExactly("mx.xlsx");
    }
}
