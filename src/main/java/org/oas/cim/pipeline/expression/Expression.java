package org.oas.cim.pipeline.expression;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A parsed rule: a tree of the constructs XLSForm's expression syntax offers and this pipeline evaluates.
 * Positions are 0-based offsets in the rule's text, kept so that a codebook error can point at its place.
 */
public sealed interface Expression {
    /** {@code .}: the answer to the item that holds the rule. */
    record Self(int position) implements Expression {
    }

    /** {@code ${P1}}: the answer to another item of the same record. */
    record Reference(String code, int position) implements Expression {
    }

    /** {@code 'no'} or {@code "no"}. */
    record Text(String value) implements Expression {
    }

    /** {@code 12}, {@code 0.5}. */
    record Number(BigDecimal value) implements Expression {
    }

    /** {@code -x}. */
    record Negative(Expression operand) implements Expression {
    }

    record Binary(Operator operator, Expression left, Expression right) implements Expression {
    }

    record Call(Function function, List<Expression> arguments) implements Expression {
        public Call {
            arguments = List.copyOf(arguments);
        }
    }

    /** The binary operators, each with its XLSForm spelling. */
    enum Operator {
        OR("or"), AND("and"), EQUAL("="), NOT_EQUAL("!="), LESS("<"), LESS_OR_EQUAL("<="), GREATER(">"),
        GREATER_OR_EQUAL(">="), PLUS("+"), MINUS("-"), TIMES("*"), DIVIDE("div"), MODULO("mod");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    /** The functions a rule may call, with their XLSForm names and how many arguments each takes. */
    enum Function {
        NOT("not", 1), SELECTED("selected", 2), COUNT_SELECTED("count-selected", 1);

        private final String xlsFormName;
        private final int arity;

        Function(String xlsFormName, int arity) {
            this.xlsFormName = xlsFormName;
            this.arity = arity;
        }

        public String xlsFormName() {
            return xlsFormName;
        }

        public int arity() {
            return arity;
        }
    }

    /** Every {@code ${item}} the rule names, in the order written (repeats kept). */
    default List<Reference> references() {
        List<Reference> found = new ArrayList<>();
        collectReferences(this, found);
        return found;
    }

    private static void collectReferences(Expression expression, List<Reference> found) {
        if (expression instanceof Reference reference) {
            found.add(reference);
        } else if (expression instanceof Negative negative) {
            collectReferences(negative.operand(), found);
        } else if (expression instanceof Binary binary) {
            collectReferences(binary.left(), found);
            collectReferences(binary.right(), found);
        } else if (expression instanceof Call call) {
            call.arguments().forEach(argument -> collectReferences(argument, found));
        }
    }
}
