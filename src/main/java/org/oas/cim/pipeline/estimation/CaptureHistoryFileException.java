package org.oas.cim.pipeline.estimation;

import java.util.List;

/** A capture-history file that cannot be estimated from, with every problem found, each naming its file, sheet and cell. */
public class CaptureHistoryFileException extends Exception {
    private final List<String> problems;

    public CaptureHistoryFileException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
