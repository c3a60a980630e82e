package org.oas.cim.pipeline.normalize;

import org.oas.cim.pipeline.issue.IssueCode;
import org.oas.cim.pipeline.issue.Severity;

import java.util.List;

/**
 * What normalizing one cell found wrong, before it is placed (file, sheet, cell) as an issue.
 *
 * @param args the message's placeholder values (never the value of a pii item)
 */
public record Problem(IssueCode code, Severity severity, List<String> args) {
    public Problem {
        args = List.copyOf(args);
    }

    public static Problem of(IssueCode code, String... args) {
        return new Problem(code, code.defaultSeverity(), List.of(args));
    }
}
