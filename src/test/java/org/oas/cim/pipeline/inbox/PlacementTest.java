package org.oas.cim.pipeline.inbox;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlacementTest {
    @TempDir
    Path home;
    InboxFixtures fx;
    Placement placement;

    @BeforeEach
    void home() throws IOException {
        fx = new InboxFixtures(home);
        placement = new Placement(fx.archive, fx.rejected);
    }

    private ClaimedFile arriveAndClaim(String relativePath, byte[] bytes) throws IOException {
        fx.put(relativePath, bytes);
        InboxFile file = fx.scanner().scan().stream().filter(f -> f.relativePath().equals(relativePath)).findFirst().orElseThrow();
        return new Claimer(fx.inbox, fx.processing).claim(file).orElseThrow();
    }

    private static String sha256(Path file) throws IOException {
        return InboxFixtures.sha256(Files.readAllBytes(file));
    }

    @Test
    void theArchivedFileHoldsTheBytesThatArrivedAtItsInboxRelativePath() throws IOException {
        byte[] bytes = InboxFixtures.workbook("Guatemala", "Sí");
        String arrived = InboxFixtures.sha256(bytes);
        ClaimedFile claimed = arriveAndClaim("phase-1/gt/ngo.xlsx", bytes);

        Path archived = placement.archive(claimed);

        assertThat(archived).isEqualTo(fx.archive.resolve("phase-1/gt/ngo.xlsx"));
        assertThat(sha256(archived)).isEqualTo(arrived).isEqualTo(claimed.sha256());
        assertThat(claimed.processingPath()).doesNotExist();
    }

    @Test
    void aRejectedFileGoesToRejectedUnchanged() throws IOException {
        byte[] bytes = "P1;P2\nsí;no\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ClaimedFile claimed = arriveAndClaim("notes.ods", bytes);

        Path rejected = placement.reject(claimed);

        assertThat(rejected).isEqualTo(fx.rejected.resolve("notes.ods"));
        assertThat(Files.readAllBytes(rejected)).isEqualTo(bytes);
        assertThat(fx.archive.toFile().list()).isEmpty();
    }

    @Test
    void aNameAlreadyInTheArchiveKeepsBothFilesWithANumberBeforeTheExtension() throws IOException {
        byte[] first = InboxFixtures.workbook("Honduras", "No");
        byte[] second = InboxFixtures.workbook("Honduras", "Sí");
        Path firstPlace = placement.archive(arriveAndClaim("phase-1/hn.xlsx", first));
        Path secondPlace = placement.archive(arriveAndClaim("phase-1/hn.xlsx", second));
        Path thirdPlace = placement.archive(arriveAndClaim("phase-1/hn.xlsx", first));

        assertThat(firstPlace).isEqualTo(fx.archive.resolve("phase-1/hn.xlsx"));
        assertThat(secondPlace).isEqualTo(fx.archive.resolve("phase-1/hn (2).xlsx"));
        assertThat(thirdPlace).isEqualTo(fx.archive.resolve("phase-1/hn (3).xlsx"));
        assertThat(Files.readAllBytes(firstPlace)).isEqualTo(first);
        assertThat(Files.readAllBytes(secondPlace)).isEqualTo(second);
        assertThat(Files.readAllBytes(thirdPlace)).isEqualTo(first);
    }

    @Test
    void numberedNamesGoBeforeTheLastExtensionOrAtTheEnd() {
        Path dir = Path.of("archive");
        assertThat(Placement.numbered(dir.resolve("book.xlsx"), 2)).isEqualTo(dir.resolve("book (2).xlsx"));
        assertThat(Placement.numbered(dir.resolve("data.2002.csv"), 3)).isEqualTo(dir.resolve("data.2002 (3).csv"));
        assertThat(Placement.numbered(dir.resolve("README"), 2)).isEqualTo(dir.resolve("README (2)"));
    }

    @Test
    void placingAgainAfterACrashFindsTheFileAlreadyPlaced() throws IOException {
        byte[] bytes = InboxFixtures.workbook("Nicaragua", "Sí");
        Files.createDirectories(fx.archive.resolve("phase-1"));
        Files.write(fx.archive.resolve("phase-1/ni.xlsx"), bytes);
        ClaimedFile duplicate = arriveAndClaim("phase-1/ni.xlsx", bytes);
        Path placed = placement.archive(duplicate);

        Path again = placement.archive(duplicate);

        assertThat(placed).isEqualTo(fx.archive.resolve("phase-1/ni (2).xlsx"));
        assertThat(again).isEqualTo(placed);
        assertThat(fx.archive.resolve("phase-1").toFile().list()).containsExactlyInAnyOrder("ni.xlsx", "ni (2).xlsx");
    }

    @Test
    void aFileNeitherInProcessingNorPlacedIsAnError() throws IOException {
        ClaimedFile claimed = arriveAndClaim("ngo.csv", new byte[] {1, 2, 3});
        Files.move(claimed.processingPath(), home.resolve("moved-away.csv"));

        assertThatThrownBy(() -> placement.archive(claimed)).isInstanceOf(NoSuchFileException.class);
        assertThat(home.resolve("moved-away.csv")).exists();
    }
}
