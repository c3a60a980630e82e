package org.oas.cim.pipeline.normalize;

import org.oas.cim.pipeline.normalize.Vocabulary.Kind;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as researchers write them (src/site/markdown/protocol/inputs.md, "Dates"): ISO {@code 2002-03-15}; all-numeric
 * {@code 15/03/2002}, {@code 15-03-2002}, {@code 15.03.2002} in the file's {@link DateOrder}; with a month
 * name in any of the vocabulary's languages ({@code 15-mar-2002}, {@code 15 de marzo de 2002},
 * {@code March 15, 2002}); and month precision ({@code marzo 2002}, {@code 03/2002}). A two-digit year is
 * taken in 1950-2049. A date that does not exist ({@code 31/02/2002}) is no date.
 */
final class DateParser {
    private static final Pattern TIME = Pattern.compile("[t ]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$");
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4}|\\d{2})");
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})[-/.](\\d{4})");
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})[-/.](\\d{1,2})");
    private static final int CENTURY_PIVOT = 50;

    private final Vocabulary vocabulary;

    DateParser(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    Optional<Value.DateValue> parse(String text, DateOrder order) {
        String folded = TIME.matcher(TextKey.fold(text)).replaceFirst("").trim();
        try {
            Matcher m;
            if ((m = YEAR_MONTH_DAY.matcher(folded)).matches()) {
                return day(number(m, 1), number(m, 2), number(m, 3));
            }
            if ((m = NUMERIC.matcher(folded)).matches()) {
                int first = number(m, 1);
                int second = number(m, 2);
                int year = year(m.group(3));
                return order == DateOrder.MONTH_FIRST ? day(year, first, second) : day(year, second, first);
            }
            if ((m = MONTH_YEAR.matcher(folded)).matches()) {
                return month(number(m, 2), number(m, 1));
            }
            if ((m = YEAR_MONTH.matcher(folded)).matches()) {
                return month(number(m, 1), number(m, 2));
            }
            return withMonthName(folded);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** {@code 15 de marzo de 2002}, {@code March 15, 2002}, {@code 15-mar-02}, {@code marzo 2002}. */
    private Optional<Value.DateValue> withMonthName(String folded) {
        List<Token> t = Token.split(folded, false).stream()
                .filter(token -> !token.is(Token.Type.SYMBOL) && !vocabulary.is(Kind.DATE_FILLER, token.text()))
                .toList();
        if (t.size() == 3 && isDay(t.get(0)) && isYear(t.get(2), true)) {
            OptionalInt month = month(t.get(1));
            if (month.isPresent()) {
                return day(year(t.get(2).text()), month.getAsInt(), Integer.parseInt(t.get(0).text()));
            }
        }
        if (t.size() == 3 && isDay(t.get(1)) && isYear(t.get(2), true)) {
            OptionalInt month = month(t.get(0));
            if (month.isPresent()) {
                return day(year(t.get(2).text()), month.getAsInt(), Integer.parseInt(t.get(1).text()));
            }
        }
        if (t.size() == 2 && isYear(t.get(1), false)) {
            OptionalInt month = month(t.get(0));
            if (month.isPresent()) {
                return month(Integer.parseInt(t.get(1).text()), month.getAsInt());
            }
        }
        return Optional.empty();
    }

    private OptionalInt month(Token token) {
        return token.is(Token.Type.WORD) ? vocabulary.month(token.text()) : OptionalInt.empty();
    }

    private static boolean isDay(Token token) {
        return token.is(Token.Type.NUMBER) && token.text().length() <= 2;
    }

    private static boolean isYear(Token token, boolean twoDigitsAllowed) {
        int length = token.text().length();
        return token.is(Token.Type.NUMBER) && (length == 4 || twoDigitsAllowed && length == 2);
    }

    private static Optional<Value.DateValue> day(int year, int month, int day) {
        return Optional.of(new Value.DateValue(LocalDate.of(year, month, day), false));
    }

    private static Optional<Value.DateValue> month(int year, int month) {
        return Optional.of(new Value.DateValue(LocalDate.of(year, month, 1), true));
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        if (digits.length() == 2) {
            return year < CENTURY_PIVOT ? 2000 + year : 1900 + year;
        }
        return year;
    }
}
