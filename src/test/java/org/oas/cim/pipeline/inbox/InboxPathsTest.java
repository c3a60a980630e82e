package org.oas.cim.pipeline.inbox;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InboxPathsTest {
    @TempDir
    Path root;

    @Test
    void lockHiddenAndPartialNamesAreIgnoredWhateverTheirCase() {
        assertThat(Set.of("~$ngo.xlsx", ".DS_Store", ".ngo.csv", "ngo.tmp", "ngo.xlsx.part", "ngo.CRDOWNLOAD",
                "ngo.xlsx.Partial")).allMatch(InboxPaths::isIgnoredName);
        assertThat(Set.of("ngo.xlsx", "cr~$.csv", "ngo.part.xlsx", "temp.csv", "partial results.xlsx"))
                .noneMatch(InboxPaths::isIgnoredName);
    }

    @Test
    void aPathThatClimbsOutOfTheRootHasNoRelativeKey() {
        assertThat(InboxPaths.relativeKey(root, root.resolve("phase-2/cr/ngo.xlsx"))).contains("phase-2/cr/ngo.xlsx");
        assertThat(InboxPaths.relativeKey(root, root.resolve("a/../../outside.xlsx"))).isEmpty();
        assertThat(InboxPaths.relativeKey(root, root.resolve("a/../b.xlsx"))).isEmpty();
        assertThat(InboxPaths.relativeKey(root, root.resolveSibling("outside.xlsx"))).isEmpty();
        assertThat(InboxPaths.relativeKey(root, root)).isEmpty();
    }

    @Test
    void aRelativePathIsResolvedOnlyInsideTheRoot() {
        assertThat(InboxPaths.resolveInside(root, "phase-2/ngo.xlsx")).isEqualTo(root.resolve("phase-2/ngo.xlsx"));
        for (String escape : new String[] {"../outside.xlsx", "a/../../outside.xlsx", "/etc/passwd", "", "."}) {
            assertThatThrownBy(() -> InboxPaths.resolveInside(root, escape))
                    .as(escape).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void theFirstFolderGivesThePhaseHintOnlyWhereItNamesAPhase() {
        Set<String> phases = Set.of("phase-1", "phase-2");
        assertThat(InboxPaths.phaseHint("phase-2/ngo.xlsx", phases)).isEqualTo("phase-2");
        assertThat(InboxPaths.phaseHint("Phase-2/cr/2002/ngo.xlsx", phases)).isEqualTo("phase-2");
        assertThat(InboxPaths.phaseHint("costa-rica/phase-2/ngo.xlsx", phases)).isNull();
        assertThat(InboxPaths.phaseHint("phase-2", phases)).isNull();
        assertThat(InboxPaths.phaseHint("ngo.xlsx", phases)).isNull();
    }
}
