package org.oas.cim.pipeline.ingest;

import org.junit.jupiter.api.Test;
import org.oas.cim.pipeline.issue.Issue;
import org.oas.cim.pipeline.issue.IssueCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Chunk after chunk, a note the file already stored becomes one more occurrence; errors are always stored. */
class StoredFoldKeysTest {
    private static Issue newOrganization(int row, String name) {
        return Issue.of(IssueCode.NEW_ORGANIZATION, "S", row, 3, name, name);
    }

    private static Issue typeError(int row) {
        return Issue.of(IssueCode.TYPE_ERROR, "S", row, 4, "x", "P6", "estimate");
    }

    @Test
    void aNoteStoredInAnEarlierChunkIsCountedNotStoredAgain() {
        StoredFoldKeys keys = new StoredFoldKeys();

        StoredFoldKeys.Split first = keys.split(List.of(newOrganization(2, "Nueva"), typeError(2), newOrganization(3, "Nueva")));
        StoredFoldKeys.Split second = keys.split(List.of(newOrganization(4, "Nueva"), typeError(4), newOrganization(5, "Otra")));

        assertThat(first.toStore()).extracting(Issue::code, Issue::row)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(IssueCode.NEW_ORGANIZATION, 2),
                        org.assertj.core.groups.Tuple.tuple(IssueCode.TYPE_ERROR, 2));
        assertThat(first.repeats()).containsExactly(Map.entry(newOrganization(2, "Nueva").foldKey(), 1));
        assertThat(second.toStore()).extracting(Issue::code, Issue::row)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(IssueCode.TYPE_ERROR, 4),
                        org.assertj.core.groups.Tuple.tuple(IssueCode.NEW_ORGANIZATION, 5));
        assertThat(second.repeats()).containsExactly(Map.entry(newOrganization(2, "Nueva").foldKey(), 1));
    }

    @Test
    void aForgottenKeyIsStoredAgainForTheDecideStepToFold() {
        StoredFoldKeys keys = new StoredFoldKeys();
        List<Issue> distinct = new ArrayList<>();
        for (int n = 0; n <= StoredFoldKeys.CAPACITY; n++) {
            distinct.add(newOrganization(n + 2, "Organización " + n));
        }
        assertThat(keys.split(distinct).toStore()).hasSize(StoredFoldKeys.CAPACITY + 1);

        // The first one was pushed out by the others; the last one is still known.
        StoredFoldKeys.Split again = keys.split(List.of(newOrganization(1, "Organización 0"),
                newOrganization(1, "Organización " + StoredFoldKeys.CAPACITY)));

        assertThat(again.toStore()).extracting(Issue::rawValue).containsExactly("Organización 0");
        assertThat(again.repeats()).hasSize(1);
    }
}
