package org.oas.cim.pipeline.consistency;

import org.oas.cim.pipeline.expression.Expression;
import org.oas.cim.pipeline.expression.Expression.Binary;
import org.oas.cim.pipeline.expression.Expression.Call;
import org.oas.cim.pipeline.expression.Expression.Operator;
import org.oas.cim.pipeline.normalize.Value;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Evaluates a rule on one record's normalized answers. Estimates are intervals, so a comparison is certain only
 * where every value the intervals allow agrees: {@code [5, 8] <= [10, 20]} is true, {@code [30, 40] <= [10, 20]}
 * false, {@code [5, 15] <= [10, 20]} undetermined, and an approximate estimate ({@code aprox. 300},
 * {@code cientos}) is never compared with certainty (the protocol breaks a rule only on an exact or range
 * estimate). A missing or unknown answer makes every comparison with it undetermined; {@code and}, {@code or}
 * and {@code not()} follow three-valued logic, so {@code false or unknown} stays undetermined while
 * {@code true or unknown} is true.
 */
public final class Evaluator {
    private static final Pattern NUMERIC = Pattern.compile("-?\\d+(\\.\\d+)?");

    private final String selfCode;
    private final Map<String, Value> values;

    /**
     * @param selfCode the item that holds the rule, whose answer {@code .} is
     * @param values   the record's normalized answers by item code (an absent item is missing)
     */
    public Evaluator(String selfCode, Map<String, Value> values) {
        this.selfCode = selfCode;
        this.values = values;
    }

    public Truth truth(Expression expression) {
        return truthOf(value(expression));
    }

    private Operand value(Expression expression) {
        if (expression instanceof Expression.Self) {
            return Operand.of(values.get(selfCode));
        }
        if (expression instanceof Expression.Reference reference) {
            return Operand.of(values.get(reference.code()));
        }
        if (expression instanceof Expression.Text text) {
            return new Operand.Text(text.value());
        }
        if (expression instanceof Expression.Number number) {
            return Operand.Number.exact(number.value().doubleValue());
        }
        if (expression instanceof Expression.Negative negative) {
            return number(value(negative.operand())).<Operand>map(n -> new Operand.Number(-n.high(), -n.low(), n.approximate()))
                    .orElse(new Operand.Nothing());
        }
        if (expression instanceof Binary binary) {
            return binary(binary);
        }
        return call((Call) expression);
    }

    private Operand binary(Binary binary) {
        Operator op = binary.operator();
        if (op == Operator.OR) {
            return new Operand.Logical(truth(binary.left()).or(truth(binary.right())));
        }
        if (op == Operator.AND) {
            return new Operand.Logical(truth(binary.left()).and(truth(binary.right())));
        }
        Operand left = value(binary.left());
        Operand right = value(binary.right());
        return switch (op) {
            case EQUAL -> new Operand.Logical(Comparisons.equal(left, right));
            case NOT_EQUAL -> new Operand.Logical(Comparisons.equal(left, right).not());
            case LESS, LESS_OR_EQUAL, GREATER, GREATER_OR_EQUAL -> new Operand.Logical(Comparisons.order(op, left, right));
            default -> arithmetic(op, left, right);
        };
    }

    private Operand arithmetic(Operator op, Operand left, Operand right) {
        Optional<Operand.Number> a = number(left);
        Optional<Operand.Number> b = number(right);
        if (a.isEmpty() || b.isEmpty()) {
            return new Operand.Nothing();
        }
        Operand.Number x = a.get();
        Operand.Number y = b.get();
        boolean approximate = x.approximate() || y.approximate();
        return switch (op) {
            case PLUS -> interval(x.low() + y.low(), x.high() + y.high(), approximate);
            case MINUS -> interval(x.low() - y.high(), x.high() - y.low(), approximate);
            case TIMES -> hull(approximate, x.low() * y.low(), x.low() * y.high(), x.high() * y.low(), x.high() * y.high());
            case DIVIDE -> y.low() <= 0 && y.high() >= 0 ? new Operand.Nothing()
                    : hull(approximate, x.low() / y.low(), x.low() / y.high(), x.high() / y.low(), x.high() / y.high());
            case MODULO -> x.isExact() && y.isExact() && y.low() != 0 ? Operand.Number.exact(x.low() % y.low()) : new Operand.Nothing();
            default -> throw new IllegalArgumentException("not arithmetic: " + op);
        };
    }

    private Operand call(Call call) {
        return switch (call.function()) {
            case NOT -> new Operand.Logical(truth(call.arguments().get(0)).not());
            case SELECTED -> new Operand.Logical(selected(value(call.arguments().get(0)), value(call.arguments().get(1))));
            case COUNT_SELECTED -> {
                Operand answer = value(call.arguments().get(0));
                if (answer instanceof Operand.Selection selection) {
                    yield Operand.Number.exact(selection.codes().size());
                }
                yield answer instanceof Operand.Text ? Operand.Number.exact(1) : new Operand.Nothing();
            }
        };
    }

    /** {@code selected()} also answers for a select_one item, as XLSForm allows. */
    private static Truth selected(Operand answer, Operand code) {
        if (!(code instanceof Operand.Text wanted)) {
            return Truth.UNDETERMINED;
        }
        if (answer instanceof Operand.Selection selection) {
            return Truth.of(selection.codes().contains(wanted.text()));
        }
        return answer instanceof Operand.Text one ? Truth.of(one.text().equals(wanted.text())) : Truth.UNDETERMINED;
    }

    static Truth truthOf(Operand operand) {
        if (operand instanceof Operand.Logical logical) {
            return logical.truth();
        }
        if (operand instanceof Operand.Text text) {
            return Truth.of(!text.text().isEmpty());
        }
        if (operand instanceof Operand.Selection selection) {
            return Truth.of(!selection.codes().isEmpty());
        }
        if (operand instanceof Operand.Number n && !n.approximate()) {
            if (n.low() > 0 || n.high() < 0) {
                return Truth.TRUE;
            }
            return n.low() == 0 && n.high() == 0 ? Truth.FALSE : Truth.UNDETERMINED;
        }
        return Truth.UNDETERMINED;
    }

    /** A number, or a text that is one (a rating's code {@code 3}). */
    static Optional<Operand.Number> number(Operand operand) {
        if (operand instanceof Operand.Number n) {
            return Optional.of(n);
        }
        if (operand instanceof Operand.Text text && NUMERIC.matcher(text.text()).matches()) {
            return Optional.of(Operand.Number.exact(Double.parseDouble(text.text())));
        }
        return Optional.empty();
    }

    private static Operand interval(double low, double high, boolean approximate) {
        return Double.isNaN(low) || Double.isNaN(high) ? new Operand.Nothing() : new Operand.Number(low, high, approximate);
    }

    private static Operand hull(boolean approximate, double... corners) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (double corner : corners) {
            if (Double.isNaN(corner)) {
                return new Operand.Nothing();
            }
            low = Math.min(low, corner);
            high = Math.max(high, corner);
        }
        return new Operand.Number(low, high, approximate);
    }
}
