package org.oas.cim.pipeline.codebook;

import org.oas.cim.pipeline.consistency.expression.Expression;
import org.oas.cim.pipeline.consistency.expression.ExpressionParser;
import org.oas.cim.pipeline.consistency.expression.ExpressionSyntaxException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the rule columns of a survey table ({@code relevant}, {@code constraint}, {@code constraint_message::...})
 * and refuses, at start-up, a rule that cannot be read or names an item the instrument does not have, saying
 * which file, row (as a spreadsheet numbers it: the header is row 1), column and position.
 */
final class RuleReader {
    private RuleReader() {
    }

    private static final Pattern CONSTRAINT_MESSAGE = Pattern.compile("constraint_message::.*\\((\\w+)\\)");
    private static final Pattern RELEVANT_MESSAGE = Pattern.compile("relevant_message::.*\\((\\w+)\\)");

    static List<Item> items(Path file, List<Map<String, String>> survey, BiFunction<Map<String, String>, ItemRules, Item> item) {
        Set<String> codes = survey.stream().map(row -> row.get("code").trim()).collect(Collectors.toSet());
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < survey.size(); i++) {
            Map<String, String> row = survey.get(i);
            Place place = new Place(file, i + 2, row.get("code").trim());
            Expression relevant = rule(row, "relevant", place, codes);
            Expression constraint = rule(row, "constraint", place, codes);
            Map<String, String> relevantMessages = CodebookLoader.byLanguage(row, RELEVANT_MESSAGE);
            Map<String, String> constraintMessages = CodebookLoader.byLanguage(row, CONSTRAINT_MESSAGE);
            if (relevant != null && !relevantMessages.containsKey("en") && !constraintMessages.containsKey("en")) {
                throw new IllegalStateException(place + ": the relevant rule needs its message in English at least "
                        + "(column relevant_message::English (en) or constraint_message::English (en))");
            }
            if (constraint != null && !constraintMessages.containsKey("en")) {
                throw new IllegalStateException(place + ": the constraint needs its message in English at least "
                        + "(column constraint_message::English (en))");
            }
            items.add(item.apply(row, new ItemRules(relevant, relevantMessages, constraint, constraintMessages)));
        }
        return items;
    }

    private static Expression rule(Map<String, String> row, String column, Place place, Set<String> codes) {
        String text = row.get(column);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            Expression expression = ExpressionParser.parse(text.trim());
            for (Expression.Reference reference : expression.references()) {
                if (!codes.contains(reference.code())) {
                    throw new ExpressionSyntaxException("no item " + reference.code() + " in this instrument",
                            reference.position(), text.trim());
                }
            }
            return expression;
        } catch (ExpressionSyntaxException e) {
            throw new IllegalStateException(place + ", column " + column + ": " + e.getMessage(), e);
        }
    }

    private record Place(Path file, int row, String code) {
        @Override
        public String toString() {
            return file + ", row " + row + " (" + code + ")";
        }
    }
}
