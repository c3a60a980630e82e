package org.oas.cim.pipeline.expression;

import org.oas.cim.pipeline.expression.Expression.Binary;
import org.oas.cim.pipeline.expression.Expression.Call;
import org.oas.cim.pipeline.expression.Expression.Function;
import org.oas.cim.pipeline.expression.Expression.Operator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A recursive-descent parser of the rules, with XPath's precedence, loosest first:
 * <pre>
 * or             := and ('or' and)*
 * and            := equality ('and' equality)*
 * equality       := relational (('=' | '!=') relational)*
 * relational     := additive (('&lt;' | '&lt;=' | '&gt;' | '&gt;=') additive)*
 * additive       := multiplicative (('+' | '-') multiplicative)*
 * multiplicative := unary (('*' | 'div' | 'mod') unary)*
 * unary          := '-' unary | primary
 * primary        := number | string | '.' | '${' code '}' | function '(' arguments ')' | '(' or ')'
 * </pre>
 * Only the functions of {@link Function} exist: a codebook can compare and count answers, and do nothing else.
 */
public final class ExpressionParser {
    private static final Map<String, Function> FUNCTIONS = Arrays.stream(Function.values())
            .collect(Collectors.toMap(Function::xlsFormName, f -> f));

    private final String text;
    private int at;

    private ExpressionParser(String text) {
        this.text = text;
    }

    /**
     * @throws ExpressionSyntaxException where the text is not a rule, naming the position
     */
    public static Expression parse(String text) {
        ExpressionParser parser = new ExpressionParser(text);
        parser.skipSpaces();
        if (parser.atEnd()) {
            throw new ExpressionSyntaxException("empty rule", 0, text);
        }
        Expression expression = parser.or();
        parser.skipSpaces();
        if (!parser.atEnd()) {
            throw parser.error("unexpected \"" + parser.rest() + "\"");
        }
        return expression;
    }

    private Expression or() {
        Expression left = and();
        while (word("or")) {
            left = new Binary(Operator.OR, left, and());
        }
        return left;
    }

    private Expression and() {
        Expression left = equality();
        while (word("and")) {
            left = new Binary(Operator.AND, left, equality());
        }
        return left;
    }

    private Expression equality() {
        Expression left = relational();
        for (Optional<Operator> op = symbol(Operator.NOT_EQUAL, Operator.EQUAL); op.isPresent(); op = symbol(Operator.NOT_EQUAL, Operator.EQUAL)) {
            left = new Binary(op.get(), left, relational());
        }
        return left;
    }

    private Expression relational() {
        Expression left = additive();
        // Two-character symbols first, so that "<=" is not read as "<" followed by "=".
        Operator[] order = {Operator.LESS_OR_EQUAL, Operator.GREATER_OR_EQUAL, Operator.LESS, Operator.GREATER};
        for (Optional<Operator> op = symbol(order); op.isPresent(); op = symbol(order)) {
            left = new Binary(op.get(), left, additive());
        }
        return left;
    }

    private Expression additive() {
        Expression left = multiplicative();
        for (Optional<Operator> op = symbol(Operator.PLUS, Operator.MINUS); op.isPresent(); op = symbol(Operator.PLUS, Operator.MINUS)) {
            left = new Binary(op.get(), left, multiplicative());
        }
        return left;
    }

    private Expression multiplicative() {
        Expression left = unary();
        while (true) {
            if (symbol(Operator.TIMES).isPresent()) {
                left = new Binary(Operator.TIMES, left, unary());
            } else if (word("div")) {
                left = new Binary(Operator.DIVIDE, left, unary());
            } else if (word("mod")) {
                left = new Binary(Operator.MODULO, left, unary());
            } else {
                return left;
            }
        }
    }

    private Expression unary() {
        if (symbol(Operator.MINUS).isPresent()) {
            return new Expression.Negative(unary());
        }
        return primary();
    }

    private Expression primary() {
        skipSpaces();
        if (atEnd()) {
            throw error("the rule ends too early");
        }
        int start = at;
        char c = text.charAt(at);
        if (c == '(') {
            at++;
            Expression inner = or();
            expect(')');
            return inner;
        }
        if (c == '\'' || c == '"') {
            return string(c);
        }
        if (c == '$') {
            return reference();
        }
        if (Character.isDigit(c) || (c == '.' && at + 1 < text.length() && Character.isDigit(text.charAt(at + 1)))) {
            return number();
        }
        if (c == '.') {
            at++;
            return new Expression.Self(start);
        }
        if (Character.isLetter(c)) {
            return call();
        }
        throw error("unexpected \"" + c + "\"");
    }

    private Expression string(char quote) {
        int start = at++;
        int end = text.indexOf(quote, at);
        if (end < 0) {
            at = start;
            throw error("the text opened here is never closed with " + quote);
        }
        String value = text.substring(at, end);
        at = end + 1;
        return new Expression.Text(value);
    }

    private Expression reference() {
        int start = at;
        if (!text.startsWith("${", at)) {
            throw error("expected \"${\" before an item code");
        }
        int end = text.indexOf('}', at);
        if (end < 0) {
            throw error("the item reference opened here is never closed with }");
        }
        String code = text.substring(at + 2, end).trim();
        if (code.isEmpty() || !code.chars().allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '_' || ch == '-')) {
            throw error("\"" + code + "\" is not an item code");
        }
        at = end + 1;
        return new Expression.Reference(code, start);
    }

    private Expression number() {
        int start = at;
        while (at < text.length() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '.')) {
            at++;
        }
        try {
            return new Expression.Number(new BigDecimal(text.substring(start, at)));
        } catch (NumberFormatException e) {
            String written = text.substring(start, at);
            at = start;
            throw error("\"" + written + "\" is not a number");
        }
    }

    private Expression call() {
        int start = at;
        String name = name();
        Function function = FUNCTIONS.get(name);
        if (function == null) {
            at = start;
            throw error("unknown function or word \"" + name + "\" (known: " + String.join(", ", FUNCTIONS.keySet().stream().sorted().toList()) + ")");
        }
        expect('(');
        List<Expression> arguments = new ArrayList<>();
        skipSpaces();
        if (!peek(')')) {
            arguments.add(or());
            while (peek(',')) {
                at++;
                arguments.add(or());
            }
        }
        expect(')');
        if (arguments.size() != function.arity()) {
            at = start;
            throw error(name + "() takes " + function.arity() + " argument(s), not " + arguments.size());
        }
        return new Call(function, arguments);
    }

    /** A word of letters, digits, {@code -} and {@code _}, as XPath names are (count-selected). */
    private String name() {
        int start = at;
        while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '-' || text.charAt(at) == '_')) {
            at++;
        }
        return text.substring(start, at);
    }

    /** Consumes the key word {@code word} if it stands next, as a whole word. */
    private boolean word(String word) {
        skipSpaces();
        int end = at + word.length();
        if (text.startsWith(word, at) && (end == text.length() || !isNameChar(text.charAt(end)))) {
            at = end;
            return true;
        }
        return false;
    }

    private Optional<Operator> symbol(Operator... candidates) {
        skipSpaces();
        for (Operator candidate : candidates) {
            if (text.startsWith(candidate.symbol(), at)) {
                at += candidate.symbol().length();
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private void expect(char c) {
        if (!peek(c)) {
            throw error(atEnd() ? "expected \"" + c + "\" before the end" : "expected \"" + c + "\"");
        }
        at++;
    }

    private boolean peek(char c) {
        skipSpaces();
        return !atEnd() && text.charAt(at) == c;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_';
    }

    private void skipSpaces() {
        while (!atEnd() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private boolean atEnd() {
        return at >= text.length();
    }

    private String rest() {
        return text.substring(at);
    }

    private ExpressionSyntaxException error(String problem) {
        return new ExpressionSyntaxException(problem, at, text);
    }
}
