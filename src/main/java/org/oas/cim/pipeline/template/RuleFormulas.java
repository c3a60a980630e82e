package org.oas.cim.pipeline.template;

import org.apache.poi.ss.util.CellReference;
import org.oas.cim.pipeline.codebook.ChoiceList;
import org.oas.cim.pipeline.codebook.Codebook;
import org.oas.cim.pipeline.codebook.Instrument;
import org.oas.cim.pipeline.codebook.Item;
import org.oas.cim.pipeline.codebook.ItemRules;
import org.oas.cim.pipeline.codebook.ItemType;
import org.oas.cim.pipeline.expression.Expression;
import org.oas.cim.pipeline.expression.Expression.Binary;
import org.oas.cim.pipeline.expression.Expression.Call;
import org.oas.cim.pipeline.expression.Expression.Operator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An item's consistency rules as an Excel custom validation formula, for the first answer row (Excel shifts it down
 * the column). The cells hold what a researcher types or picks: choice labels in the template's language, several
 * options separated by {@code ;}, estimates as text; so a code becomes its label, {@code selected()} a search for
 * the label, and a number is read with {@code VALUE()}. As at ingest, a blank or don't-know answer never breaks a
 * rule, and whatever Excel cannot read as a number (a range, an approximation) passes ({@code IFERROR(..., TRUE)}).
 * A rule naming a country, which Excel would have to look up among every country's names, is left out.
 */
final class RuleFormulas {
    private final Codebook codebook;
    private final Instrument instrument;
    private final Locale language;
    private final int row;

    /** @param row the 0-based row the formula is written for */
    RuleFormulas(Codebook codebook, Instrument instrument, Locale language, int row) {
        this.codebook = codebook;
        this.instrument = instrument;
        this.language = language;
        this.row = row;
    }

    /** The formula (without {@code =}) that is true where the item's answer keeps its rules, if Excel can say it. */
    Optional<String> formula(Item item) {
        ItemRules rules = item.rules();
        List<String> parts = new ArrayList<>();
        for (Expression rule : new Expression[] {rules.relevant(), rules.constraint()}) {
            if (rule != null) {
                Optional<String> part = rule(item, rule);
                if (part.isEmpty()) {
                    return Optional.empty();
                }
                parts.add(part.get());
            }
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(parts.size() == 1 ? parts.get(0) : "AND(" + String.join(",", parts) + ")");
    }

    /** What the researcher is told where the formula fails: the rules' messages in the language. */
    String message(Item item) {
        ItemRules rules = item.rules();
        List<String> messages = new ArrayList<>();
        for (Expression rule : new Expression[] {rules.relevant(), rules.constraint()}) {
            if (rule != null && !messages.contains(rules.message(rule, language.getLanguage()))) {
                messages.add(rules.message(rule, language.getLanguage()));
            }
        }
        return String.join(" ", messages);
    }

    private Optional<String> rule(Item self, Expression rule) {
        Optional<String> test = excel(self, rule, null);
        if (test.isEmpty()) {
            return Optional.empty();
        }
        List<String> passes = new ArrayList<>();
        for (String code : rule.references().stream().map(Expression.Reference::code).distinct().toList()) {
            Item other = item(code);
            if (Codebook.COUNTRY_LIST.equals(other.listName())) {
                return Optional.empty();
            }
            passes.add("LEN(TRIM(" + ref(other) + "))=0");
            unknownLabel(other).ifPresent(label -> passes.add(ref(other) + "=" + quoted(label)));
        }
        passes.add(test.get());
        return Optional.of("IFERROR(OR(" + String.join(",", passes) + "),TRUE)");
    }

    /**
     * @param against the item a text literal is compared with (its code becomes that item's label), or null
     */
    private Optional<String> excel(Item self, Expression expression, Item against) {
        if (expression instanceof Expression.Self) {
            return Optional.of(value(self));
        }
        if (expression instanceof Expression.Reference reference) {
            return Optional.of(value(item(reference.code())));
        }
        if (expression instanceof Expression.Text text) {
            return label(against, text.value()).map(RuleFormulas::quoted);
        }
        if (expression instanceof Expression.Number number) {
            return Optional.of(number.value().toPlainString());
        }
        if (expression instanceof Expression.Negative negative) {
            return excel(self, negative.operand(), null).map(operand -> "(-" + operand + ")");
        }
        if (expression instanceof Binary binary) {
            return binary(self, binary);
        }
        return call(self, (Call) expression);
    }

    private Optional<String> binary(Item self, Binary binary) {
        Optional<String> left = excel(self, binary.left(), itemOf(self, binary.right()));
        Optional<String> right = excel(self, binary.right(), itemOf(self, binary.left()));
        if (left.isEmpty() || right.isEmpty()) {
            return Optional.empty();
        }
        Operator op = binary.operator();
        return Optional.of(switch (op) {
            case OR, AND -> op.name() + "(" + left.get() + "," + right.get() + ")";
            case MODULO -> "MOD(" + left.get() + "," + right.get() + ")";
            case NOT_EQUAL -> "(" + left.get() + "<>" + right.get() + ")";
            case DIVIDE -> "(" + left.get() + "/" + right.get() + ")";
            default -> "(" + left.get() + op.symbol() + right.get() + ")";
        });
    }

    private Optional<String> call(Item self, Call call) {
        List<Expression> arguments = call.arguments();
        switch (call.function()) {
            case NOT:
                return excel(self, arguments.get(0), null).map(a -> "NOT(" + a + ")");
            case SELECTED: {
                Item answer = itemOf(self, arguments.get(0));
                if (answer == null || !(arguments.get(1) instanceof Expression.Text code)) {
                    return Optional.empty();
                }
                return label(answer, code.value()).map(label -> answer.type() == ItemType.SELECT_MULTIPLE
                        ? "ISNUMBER(SEARCH(" + quoted(label) + "," + ref(answer) + "))" : ref(answer) + "=" + quoted(label));
            }
            default: {
                Item answer = itemOf(self, arguments.get(0));
                if (answer == null) {
                    return Optional.empty();
                }
                String cell = ref(answer);
                return Optional.of("IF(LEN(TRIM(" + cell + "))=0,0,LEN(" + cell + ")-LEN(SUBSTITUTE(" + cell + ",\";\",\"\"))+1)");
            }
        }
    }

    /** A cell as a rule reads it: a number for a count or an estimate, else the text. */
    private String value(Item item) {
        return item.type() == ItemType.ESTIMATE || item.type() == ItemType.INTEGER ? "VALUE(" + ref(item) + ")" : ref(item);
    }

    /** A code as the cell of {@code item} shows it: its label in the language; a plain text where the item has no list. */
    private Optional<String> label(Item item, String code) {
        if (item == null || !item.type().hasChoices()) {
            return Optional.of(code);
        }
        if (Codebook.COUNTRY_LIST.equals(item.listName())) {
            return Optional.empty();
        }
        return codebook.list(item.listName()).byCode(code).map(choice -> choice.label(language.getLanguage()));
    }

    private Optional<String> unknownLabel(Item item) {
        if (!item.type().hasChoices() || Codebook.COUNTRY_LIST.equals(item.listName())) {
            return Optional.empty();
        }
        return codebook.list(item.listName()).byCode(ChoiceList.UNKNOWN).map(choice -> choice.label(language.getLanguage()));
    }

    /** The item an operand reads, where it is {@code .} or {@code ${code}}; else null. */
    private Item itemOf(Item self, Expression expression) {
        if (expression instanceof Expression.Self) {
            return self;
        }
        return expression instanceof Expression.Reference reference ? item(reference.code()) : null;
    }

    private Item item(String code) {
        return instrument.item(code).orElseThrow();
    }

    private String ref(Item item) {
        return new CellReference(row, instrument.items().indexOf(item), false, false).formatAsString();
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    /** The rules of the instrument, one line per message (in the language): the items it concerns, then the message. */
    static List<String> summary(Instrument instrument, Locale language) {
        return instrument.items().stream().filter(i -> !i.rules().isEmpty())
                .flatMap(i -> {
                    List<String[]> lines = new ArrayList<>();
                    for (Expression rule : new Expression[] {i.rules().relevant(), i.rules().constraint()}) {
                        if (rule != null) {
                            lines.add(new String[] {i.code(), i.rules().message(rule, language.getLanguage())});
                        }
                    }
                    return lines.stream();
                })
                .collect(Collectors.groupingBy(line -> line[1], LinkedHashMap::new,
                        Collectors.mapping(line -> line[0], Collectors.joining(", "))))
                .entrySet().stream().map(e -> e.getValue() + ": " + e.getKey()).toList();
    }
}
