package org.oas.cim.pipeline.consistency;

import org.oas.cim.pipeline.expression.Expression.Operator;

import java.util.Optional;

/**
 * {@code =}, {@code !=}, {@code <}, {@code <=}, {@code >}, {@code >=} on operands: numbers as intervals (certain only
 * where every value of both intervals agrees), codes and texts as text, a select_multiple answer as its codes
 * joined by spaces (as XLSForm compares it). Anything compared with a missing or unknown answer is undetermined.
 */
final class Comparisons {
    private Comparisons() {
    }

    static Truth equal(Operand left, Operand right) {
        if (left instanceof Operand.Nothing || right instanceof Operand.Nothing) {
            return Truth.UNDETERMINED;
        }
        if (left instanceof Operand.Logical || right instanceof Operand.Logical) {
            Truth a = Evaluator.truthOf(left);
            Truth b = Evaluator.truthOf(right);
            return a == Truth.UNDETERMINED || b == Truth.UNDETERMINED ? Truth.UNDETERMINED : Truth.of(a == b);
        }
        if (left instanceof Operand.Number || right instanceof Operand.Number) {
            Optional<Operand.Number> a = Evaluator.number(left);
            Optional<Operand.Number> b = Evaluator.number(right);
            return a.isPresent() && b.isPresent() ? numbersEqual(a.get(), b.get()) : Truth.UNDETERMINED;
        }
        return Truth.of(text(left).equals(text(right)));
    }

    static Truth order(Operator op, Operand left, Operand right) {
        if (left instanceof Operand.Nothing || right instanceof Operand.Nothing) {
            return Truth.UNDETERMINED;
        }
        Optional<Operand.Number> a = Evaluator.number(left);
        Optional<Operand.Number> b = Evaluator.number(right);
        if (a.isPresent() && b.isPresent()) {
            return switch (op) {
                case LESS -> less(a.get(), b.get());
                case LESS_OR_EQUAL -> lessOrEqual(a.get(), b.get());
                case GREATER -> less(b.get(), a.get());
                case GREATER_OR_EQUAL -> lessOrEqual(b.get(), a.get());
                default -> throw new IllegalArgumentException("not an order: " + op);
            };
        }
        if (left instanceof Operand.Text x && right instanceof Operand.Text y) {
            // Dates are ISO text (2002-03-15): their text order is their time order.
            int c = x.text().compareTo(y.text());
            return Truth.of(switch (op) {
                case LESS -> c < 0;
                case LESS_OR_EQUAL -> c <= 0;
                case GREATER -> c > 0;
                case GREATER_OR_EQUAL -> c >= 0;
                default -> throw new IllegalArgumentException("not an order: " + op);
            });
        }
        return Truth.UNDETERMINED;
    }

    private static Truth numbersEqual(Operand.Number a, Operand.Number b) {
        if (a.approximate() || b.approximate()) {
            return Truth.UNDETERMINED;
        }
        if (a.high() < b.low() || b.high() < a.low()) {
            return Truth.FALSE;
        }
        return a.isExact() && b.isExact() ? Truth.TRUE : Truth.UNDETERMINED;
    }

    private static Truth less(Operand.Number a, Operand.Number b) {
        if (a.approximate() || b.approximate()) {
            return Truth.UNDETERMINED;
        }
        if (a.high() < b.low()) {
            return Truth.TRUE;
        }
        return a.low() >= b.high() ? Truth.FALSE : Truth.UNDETERMINED;
    }

    private static Truth lessOrEqual(Operand.Number a, Operand.Number b) {
        if (a.approximate() || b.approximate()) {
            return Truth.UNDETERMINED;
        }
        if (a.high() <= b.low()) {
            return Truth.TRUE;
        }
        return a.low() > b.high() ? Truth.FALSE : Truth.UNDETERMINED;
    }

    private static String text(Operand operand) {
        if (operand instanceof Operand.Selection selection) {
            return String.join(" ", selection.codes());
        }
        return ((Operand.Text) operand).text();
    }
}
