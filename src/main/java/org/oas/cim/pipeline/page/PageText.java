package org.oas.cim.pipeline.page;

import org.oas.cim.pipeline.publish.Messages;
import org.oas.cim.pipeline.verify.Status;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The page's words and numbers in one output language: headings and explanations from the bundle
 * {@code messages/page}, status names from the publication's bundle (so that the page and the workbook call a
 * status the same), numbers in the language's own format ({@code 127,5} in Spanish).
 */
final class PageText {
    private static final String BUNDLE = "messages/page";

    private final ResourceBundle bundle;
    private final Messages publication;
    private final Locale locale;

    PageText(String language) {
        this.publication = Messages.of(language);
        this.locale = Locale.forLanguageTag(language);
        // No fallback to the JVM's locale: a Spanish machine must still write an English page when asked to.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The message of a key, with {@code {0}}, {@code {1}}, ... replaced by the arguments in order. */
    String text(String key, Object... args) {
        String text = bundle.getString(key);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    String statusName(Status status) {
        return publication.statusName(status);
    }

    /** A status's name, or what a withheld status is called. */
    String statusName(Shade shade) {
        return shade.status() == null ? text("suppressed.name") : statusName(shade.status());
    }

    /** A statistic or count for people: grouped digits, at most two decimals. */
    String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    String number(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** A signed statistic from -1 to 1, with a true minus sign so that it reads apart from a dash. */
    String signed(BigDecimal value) {
        String text = String.format(locale, "%.2f", value);
        return text.startsWith("-") ? "\u2212" + text.substring(1) : text;
    }

    String percent(double share) {
        return NumberFormat.getPercentInstance(locale).format(share);
    }
}
