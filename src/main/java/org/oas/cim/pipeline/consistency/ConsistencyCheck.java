package org.oas.cim.pipeline.consistency;

import org.oas.cim.pipeline.codebook.Instrument;
import org.oas.cim.pipeline.codebook.Item;
import org.oas.cim.pipeline.codebook.ItemRules;
import org.oas.cim.pipeline.expression.Expression;
import org.oas.cim.pipeline.issue.Issue;
import org.oas.cim.pipeline.issue.IssueCode;
import org.oas.cim.pipeline.issue.LocalizedArg;
import org.oas.cim.pipeline.issue.Severity;
import org.oas.cim.pipeline.layout.BoundCell;
import org.oas.cim.pipeline.normalize.Value;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks one record's answers against its instrument's rules. An item answered with a known value where its
 * {@code relevant} rule is false, or whose {@code constraint} is false, gets a {@code constraint-error} warning on
 * its cell: the answer is still taken, and the researcher is asked to check it. A rule that is only undetermined
 * (a missing or unknown answer, an approximate estimate, overlapping intervals: see {@link Evaluator}) is never
 * broken.
 *
 * <p>The issue's args are: the item's code, {@link #RULE} (which selects the message {@code issue.constraint-error.rule}),
 * the answers the rule read ({@code P1 = no; P3 = prostitution}), then the rule's own message in every language the
 * codebook gives it, as one {@link LocalizedArg}, so that each language's text quotes the codebook in that language.
 */
public final class ConsistencyCheck {
    /** The second arg of a broken rule's issue, telling it from the other {@code constraint-error}s (a reversed range). */
    public static final String RULE = "rule";
    private ConsistencyCheck() {
    }

    /**
     * @param values the record's normalized answers by item code
     * @param cells  the cell each answer came from, by item code
     * @param sheet  the record's sheet
     */
    public static List<Issue> check(Instrument instrument, Map<String, Value> values, Map<String, BoundCell> cells, String sheet) {
        List<Issue> issues = new ArrayList<>();
        for (Item item : instrument.items()) {
            ItemRules rules = item.rules();
            Value answer = values.get(item.code());
            BoundCell cell = cells.get(item.code());
            if (rules.isEmpty() || answer == null || !answer.isKnown() || cell == null) {
                continue;
            }
            Evaluator evaluator = new Evaluator(item.code(), values);
            Expression broken = firstBroken(evaluator, rules);
            if (broken != null) {
                issues.add(issue(instrument, item, rules, broken, values, cell, sheet));
            }
        }
        return issues;
    }

    /** Whether an issue is a broken codebook rule (the file report and the quality table count them apart). */
    public static boolean isBrokenRule(Issue issue) {
        return issue.code() == IssueCode.CONSTRAINT_ERROR && issue.args().size() > 1 && RULE.equals(issue.args().get(1));
    }

    /** The relevance rule first: an answer that should not be there at all is the one thing to say about it. */
    private static Expression firstBroken(Evaluator evaluator, ItemRules rules) {
        if (rules.relevant() != null && evaluator.truth(rules.relevant()) == Truth.FALSE) {
            return rules.relevant();
        }
        if (rules.constraint() != null && evaluator.truth(rules.constraint()) == Truth.FALSE) {
            return rules.constraint();
        }
        return null;
    }

    private static Issue issue(Instrument instrument, Item item, ItemRules rules, Expression broken, Map<String, Value> values,
                               BoundCell cell, String sheet) {
        List<String> args = List.of(item.code(), RULE, answersRead(instrument, item, broken, values),
                LocalizedArg.of(rules.messages(broken)));
        return new Issue(IssueCode.CONSTRAINT_ERROR, Severity.WARNING, sheet, cell.row(), cell.cell().column(),
                item.pii() ? null : cell.cell().text(), args);
    }

    /** The item's answer, then those of the items the rule names, in the codebook's value notation; never personal data. */
    private static String answersRead(Instrument instrument, Item item, Expression broken, Map<String, Value> values) {
        Set<String> codes = new LinkedHashSet<>();
        codes.add(item.code());
        broken.references().forEach(reference -> codes.add(reference.code()));
        return codes.stream()
                .filter(code -> instrument.item(code).map(i -> !i.pii()).orElse(false))
                .filter(code -> values.get(code) != null && values.get(code).isKnown())
                .map(code -> code + " = " + AnswerText.of(values.get(code)))
                .collect(Collectors.joining("; "));
    }
}
