package org.oas.cim.pipeline.codebook;

import java.util.List;
import java.util.Optional;

/**
 * A named list of choices. In an ordinal list the choices' order matters (their rank); the code
 * {@code unknown} is never ranked: it is an answer without information.
 */
public record ChoiceList(String name, boolean ordinal, List<Choice> choices) {
    public static final String UNKNOWN = "unknown";

    public ChoiceList {
        choices = List.copyOf(choices);
    }

    public Optional<Choice> byCode(String code) {
        return choices.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** Choices that carry information (every choice but {@code unknown}), in list order. */
    public List<Choice> informative() {
        return choices.stream().filter(c -> !c.code().equals(UNKNOWN)).toList();
    }
}
