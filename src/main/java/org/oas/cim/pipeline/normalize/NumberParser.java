package org.oas.cim.pipeline.normalize;

import org.oas.cim.pipeline.normalize.Vocabulary.Bounds;
import org.oas.cim.pipeline.normalize.Vocabulary.Kind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The grammar of estimates and exact counts (src/site/markdown/protocol/inputs.md, "Estimates", "Integers"), over the
 * words of the {@link Vocabulary}:
 * <pre>
 * estimate := approximate* ( at_least quantity | at_most quantity | magnitude
 *                          | [range_opener] quantity range_connector quantity
 *                          | quantity at_least_suffix | quantity ) [tail]
 * quantity := number [multiplier] | multiplier
 * tail     := a word or "(" and anything after it (a unit or a comment; an approximate word in it counts)
 * </pre>
 * A number with groups of exactly three digits after {@code .} or {@code ,} is a whole number
 * ({@code 1.500}, {@code 1,500}); one separator followed by other than three digits is a decimal point
 * ({@code 2,5}), acceptable only where a multiplier makes it whole ({@code 2,5 mil}).
 */
final class NumberParser {
    private static final Set<String> IGNORED_SYMBOLS = Set.of(".", ",", ":", ";", "'", "’", "\"");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}([.,])\\d{3}(\\1\\d{3})*");
    private static final Pattern PLAIN = Pattern.compile("\\d+");
    private static final Pattern DECIMAL = Pattern.compile("\\d+[.,]\\d+");
    private static final String TAIL_OPENER = "(";

    /** A parsed estimate; {@code reversed} where the range was written high to low (and has been swapped). */
    record Estimate(Value.Interval interval, boolean reversed) {
    }

    private record Phrase(List<String> tokens, Vocabulary.Word word) {
    }

    private record Quantity(BigDecimal value, BigDecimal written, BigDecimal multiplier) {
        boolean multiplied() {
            return multiplier != null;
        }
    }

    private final Map<Kind, List<Phrase>> phrases = new EnumMap<>(Kind.class);

    NumberParser(Vocabulary vocabulary) {
        for (Kind kind : List.of(Kind.APPROXIMATE, Kind.AT_LEAST, Kind.AT_LEAST_SUFFIX, Kind.AT_MOST,
                Kind.RANGE_CONNECTOR, Kind.RANGE_OPENER, Kind.MAGNITUDE, Kind.MULTIPLIER)) {
            List<Phrase> list = new ArrayList<>();
            for (Vocabulary.Word word : vocabulary.words(kind)) {
                List<String> tokens = texts(tokens(word.word()));
                if (!tokens.isEmpty()) {
                    list.add(new Phrase(tokens, word));
                }
            }
            // Longest first, so that "no menos de" is not read as "menos de".
            list.sort(Comparator.comparingInt((Phrase p) -> p.tokens().size()).reversed());
            phrases.put(kind, List.copyOf(list));
        }
    }

    /** An estimate as an interval, or empty when the text is none of the grammar's forms. */
    Optional<Estimate> estimate(String text) {
        Cursor c = new Cursor(tokens(text));
        boolean approximate = false;
        while (c.take(Kind.APPROXIMATE).isPresent()) {
            approximate = true;
        }
        Optional<Long> low;
        Optional<Long> high;
        boolean open = false;
        if (c.take(Kind.AT_LEAST).isPresent()) {
            low = c.quantity().flatMap(NumberParser::whole);
            high = low;
            open = true;
        } else if (c.take(Kind.AT_MOST).isPresent()) {
            high = c.quantity().flatMap(NumberParser::whole);
            low = high.map(h -> 0L);
        } else {
            Optional<Phrase> magnitude = c.take(Kind.MAGNITUDE);
            if (magnitude.isPresent()) {
                Bounds bounds = Bounds.parse(magnitude.get().word().parameter());
                low = Optional.of(bounds.low());
                high = Optional.of(bounds.high());
                approximate = true;
            } else {
                boolean opened = c.take(Kind.RANGE_OPENER).isPresent();
                Optional<Quantity> first = c.quantity();
                if (first.isEmpty()) {
                    return Optional.empty();
                }
                Optional<Quantity> second = Optional.empty();
                if (!opened && c.take(Kind.AT_LEAST_SUFFIX).isPresent()) {
                    open = true;
                } else {
                    int mark = c.position;
                    second = c.take(Kind.RANGE_CONNECTOR).isPresent() ? c.quantity() : Optional.empty();
                    if (second.isEmpty()) {
                        c.position = mark;
                        if (opened) {
                            return Optional.empty();
                        }
                    }
                }
                Quantity from = second.map(s -> sharedMultiplier(first.get(), s)).orElse(first.get());
                low = whole(from);
                high = second.isPresent() ? second.flatMap(NumberParser::whole) : low;
            }
        }
        if (low.isEmpty() || high.isEmpty() || !c.atTailOrEnd()) {
            return Optional.empty();
        }
        approximate |= c.tailHas(Kind.APPROXIMATE);
        if (open) {
            return Optional.of(new Estimate(new Value.Interval(low.get(), null, approximate), false));
        }
        boolean reversed = low.get() > high.get();
        long lo = Math.min(low.get(), high.get());
        long hi = Math.max(low.get(), high.get());
        return Optional.of(new Estimate(new Value.Interval(lo, hi, approximate), reversed));
    }

    /** An exact count: one whole, non-negative number and nothing else. */
    OptionalLong count(String text) {
        List<Token> tokens = tokens(text);
        if (tokens.size() != 1 || !tokens.get(0).is(Token.Type.NUMBER)) {
            return OptionalLong.empty();
        }
        return number(tokens.get(0).text()).flatMap(n -> whole(new Quantity(n, n, null)))
                .map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    /** A whole, non-negative numeric cell value, else empty (a fraction of a person). */
    static OptionalLong whole(double number) {
        if (number < 0 || number != Math.rint(number) || Double.isInfinite(number)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of((long) number);
    }

    /** {@code 2 a 3 mil} is 2000 to 3000: a multiplier written once covers a smaller first number. */
    private static Quantity sharedMultiplier(Quantity first, Quantity second) {
        if (first.multiplied() || !second.multiplied() || first.written().compareTo(second.written()) > 0) {
            return first;
        }
        return new Quantity(first.written().multiply(second.multiplier()), first.written(), second.multiplier());
    }

    private static Optional<Long> whole(Quantity q) {
        BigDecimal v = q.value().stripTrailingZeros();
        if (v.signum() < 0 || v.scale() > 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(v.longValueExact());
        } catch (ArithmeticException e) {
            return Optional.empty();
        }
    }

    static Optional<BigDecimal> number(String written) {
        if (PLAIN.matcher(written).matches()) {
            return Optional.of(new BigDecimal(written));
        }
        if (GROUPED.matcher(written).matches()) {
            return Optional.of(new BigDecimal(written.replaceAll("[.,]", "")));
        }
        if (DECIMAL.matcher(written).matches()) {
            return Optional.of(new BigDecimal(written.replace(',', '.')));
        }
        return Optional.empty();
    }

    private static List<Token> tokens(String text) {
        return Token.split(TextKey.fold(text), true).stream()
                .filter(t -> !(t.is(Token.Type.SYMBOL) && IGNORED_SYMBOLS.contains(t.text())))
                .toList();
    }

    private static List<String> texts(List<Token> tokens) {
        return tokens.stream().map(Token::text).toList();
    }

    /** A position in the tokens of one cell. */
    private final class Cursor {
        private final List<Token> tokens;
        private int position;

        Cursor(List<Token> tokens) {
            this.tokens = tokens;
        }

        Optional<Phrase> take(Kind kind) {
            Optional<Phrase> found = phraseAt(kind, position);
            found.ifPresent(p -> position += p.tokens().size());
            return found;
        }

        private Optional<Phrase> phraseAt(Kind kind, int at) {
            for (Phrase phrase : phrases.get(kind)) {
                int n = phrase.tokens().size();
                if (at + n <= tokens.size() && texts(tokens.subList(at, at + n)).equals(phrase.tokens())) {
                    return Optional.of(phrase);
                }
            }
            return Optional.empty();
        }

        Optional<Quantity> quantity() {
            if (position < tokens.size() && tokens.get(position).is(Token.Type.NUMBER)) {
                Optional<BigDecimal> n = number(tokens.get(position).text());
                if (n.isEmpty()) {
                    return Optional.empty();
                }
                position++;
                Optional<BigDecimal> factor = take(Kind.MULTIPLIER).map(p -> new BigDecimal(p.word().parameter()));
                return Optional.of(new Quantity(factor.map(n.get()::multiply).orElse(n.get()), n.get(), factor.orElse(null)));
            }
            return take(Kind.MULTIPLIER).map(p -> new BigDecimal(p.word().parameter()))
                    .map(factor -> new Quantity(factor, BigDecimal.ONE, factor));
        }

        /** Nothing left, or a unit or comment: a word or an opening parenthesis (never a number or a sign). */
        boolean atTailOrEnd() {
            if (position >= tokens.size()) {
                return true;
            }
            Token next = tokens.get(position);
            return next.is(Token.Type.WORD) || next.text().equals(TAIL_OPENER);
        }

        boolean tailHas(Kind kind) {
            for (int at = position; at < tokens.size(); at++) {
                if (phraseAt(kind, at).isPresent()) {
                    return true;
                }
            }
            return false;
        }
    }
}
