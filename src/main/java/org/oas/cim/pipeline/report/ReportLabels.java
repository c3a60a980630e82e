package org.oas.cim.pipeline.report;

import org.oas.cim.pipeline.issue.IssueMessages;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.util.Locale;
import java.util.Optional;

/**
 * The words of reports and templates in English, Spanish and Portuguese, from the {@code messages/report}
 * bundles. Every text goes through MessageFormat, so an apostrophe is written twice in the bundles.
 */
public final class ReportLabels {
    public static final String BASENAME = "messages/report";

    private final ResourceBundleMessageSource source = new ResourceBundleMessageSource();

    public ReportLabels() {
        source.setBasename(BASENAME);
        source.setDefaultEncoding("UTF-8");
        // Otherwise a Dutch file on a Spanish-locale machine would be reported in Spanish, not English.
        source.setFallbackToSystemLocale(false);
        source.setAlwaysUseMessageFormat(true);
    }

    /** The text of {@code key} in the supported language closest to {@code locale}; a missing key fails loudly. */
    public String get(String key, Locale locale, Object... args) {
        return source.getMessage(key, args, IssueMessages.language(locale));
    }

    /** The text of {@code key}, or empty where the bundles have none (a text named after data, such as an instrument). */
    public Optional<String> find(String key, Locale locale, Object... args) {
        return Optional.ofNullable(source.getMessage(key, args, null, IssueMessages.language(locale)));
    }
}
