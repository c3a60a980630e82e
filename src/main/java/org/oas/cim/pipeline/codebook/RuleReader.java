package org.oas.cim.pipeline.codebook;

import org.oas.cim.pipeline.expression.Expression;
import org.oas.cim.pipeline.expression.ExpressionParser;
import org.oas.cim.pipeline.expression.ExpressionSyntaxException;

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

    /**
     * @throws JobsProblem naming the file, the line, the item and the column of a rule that cannot be read, names an
     *                     item the instrument lacks, or has no English message
     */
    static List<Item> items(String file, List<JobsFolder.CsvRow> survey, BiFunction<JobsFolder.CsvRow, ItemRules, Item> item) {
        Set<String> codes = survey.stream().map(row -> row.getOrDefault("code", "").trim()).collect(Collectors.toSet());
        List<Item> items = new ArrayList<>();
        for (JobsFolder.CsvRow row : survey) {
            Place place = new Place(file, row.line(), row.getOrDefault("code", "").trim());
            Expression relevant = rule(row.cells(), "relevant", place, codes);
            Expression constraint = rule(row.cells(), "constraint", place, codes);
            Map<String, String> relevantMessages = CodebookLoader.byLanguage(row.cells(), RELEVANT_MESSAGE);
            Map<String, String> constraintMessages = CodebookLoader.byLanguage(row.cells(), CONSTRAINT_MESSAGE);
            if (relevant != null && !relevantMessages.containsKey("en") && !constraintMessages.containsKey("en")) {
                throw place.problem("the relevant rule needs its message in English at least "
                        + "(column relevant_message::English (en) or constraint_message::English (en))", null);
            }
            if (constraint != null && !constraintMessages.containsKey("en")) {
                throw place.problem("the constraint needs its message in English at least "
                        + "(column constraint_message::English (en))", null);
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
            throw place.problem("column " + column + ": " + e.getMessage(), e);
        }
    }

    /** @param file the file as {@code jobs/} names it (a folder's path, or the jar's copy) */
    private record Place(String file, long line, String code) {
        JobsProblem problem(String what, Throwable cause) {
            return new JobsProblem(file, line, "item " + code + ", " + what, cause);
        }
    }
}
