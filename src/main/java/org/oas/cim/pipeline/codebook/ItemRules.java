package org.oas.cim.pipeline.codebook;

import org.oas.cim.pipeline.expression.Expression;

import java.util.Map;

/**
 * An item's consistency rules, from the codebook's XLSForm columns: where an answer makes sense
 * ({@code relevant}) and what it must satisfy ({@code constraint}), each with what to tell the researcher when it is
 * broken. XLSForm has only {@code constraint_message::<language>}: a form hides an irrelevant question, so it never
 * needs to say why. Answers on paper are all there, so this codebook adds {@code relevant_message::<language>};
 * where an item has none, its constraint message serves both rules.
 *
 * @param relevant           true where the item may be answered, or null (always)
 * @param relevantMessages   the relevance message per language code ({@code en}, {@code es}, ...)
 * @param constraint         true where the answer is consistent, or null (no constraint)
 * @param constraintMessages the constraint message per language code
 */
public record ItemRules(Expression relevant, Map<String, String> relevantMessages, Expression constraint,
                        Map<String, String> constraintMessages) {
    public static final ItemRules NONE = new ItemRules(null, Map.of(), null, Map.of());

    public ItemRules {
        relevantMessages = Map.copyOf(relevantMessages);
        constraintMessages = Map.copyOf(constraintMessages);
    }

    public boolean isEmpty() {
        return relevant == null && constraint == null;
    }

    /** What to tell the researcher where {@code rule} (this item's relevance or constraint) is broken, by language. */
    public Map<String, String> messages(Expression rule) {
        return rule == relevant && !relevantMessages.isEmpty() ? relevantMessages : constraintMessages;
    }

    /** {@link #messages(Expression)} in {@code language}, else in English. */
    public String message(Expression rule, String language) {
        Map<String, String> messages = messages(rule);
        return messages.getOrDefault(language, messages.getOrDefault("en", ""));
    }
}
