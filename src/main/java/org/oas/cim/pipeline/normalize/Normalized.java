package org.oas.cim.pipeline.normalize;

import java.util.List;

/**
 * A normalized cell: its value and what was doubtful or wrong. Where an error leaves no usable value,
 * {@code value} is {@link Value.Missing} and the raw text stays in the raw cells.
 */
public record Normalized(Value value, List<Problem> problems) {
    public Normalized {
        problems = List.copyOf(problems);
    }

    public static Normalized of(Value value) {
        return new Normalized(value, List.of());
    }

    public static Normalized failed(Problem problem) {
        return new Normalized(new Value.Missing(), List.of(problem));
    }
}
