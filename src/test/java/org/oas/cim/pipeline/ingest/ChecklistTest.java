package org.oas.cim.pipeline.ingest;

import org.junit.jupiter.api.Test;
import org.oas.cim.pipeline.issue.IssueCode;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The checklist declares every issue code, each check names a class that exists. */
class ChecklistTest {
    @Test
    void everyIssueCodeIsRaisedBySomeCheck() {
        Set<IssueCode> declared = EnumSet.noneOf(IssueCode.class);
        Arrays.stream(Checklist.values()).forEach(check -> declared.addAll(check.codes()));
        assertThat(declared).containsExactlyInAnyOrder(IssueCode.values());
    }

    @Test
    void everyCheckNamesTheClassThatRunsIt() throws ClassNotFoundException {
        for (Checklist check : Checklist.values()) {
            assertThat(Class.forName("org.oas.cim.pipeline." + check.runBy())).as(check.name()).isNotNull();
        }
    }
}
