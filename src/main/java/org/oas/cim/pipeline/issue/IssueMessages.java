package org.oas.cim.pipeline.issue;

import org.springframework.context.support.ResourceBundleMessageSource;

import java.util.List;
import java.util.Locale;

/**
 * What an issue means and what to do about it, in plain words, in the researcher's language (English,
 * Spanish or Portuguese; any other language gets English). Texts live in the {@code messages/issues} bundles:
 * {@code issue.<id>} and {@code fix.<id>}, with the issue's args as {@code {0}}, {@code {1}}, ... A key
 * refined by the second arg ({@code issue.type-error.date}) is preferred where the bundle has one, so that
 * a kind named in English in the args still reads naturally in every language. An arg made by {@link LocalizedArg}
 * shows its text in the message's language.
 */
public final class IssueMessages {
    public static final String BASENAME = "messages/issues";
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"), Locale.forLanguageTag("pt"),
            Locale.forLanguageTag("nl"));

    private final ResourceBundleMessageSource source = new ResourceBundleMessageSource();

    public IssueMessages() {
        source.setBasename(BASENAME);
        source.setDefaultEncoding("UTF-8");
        // Otherwise a French request on a Spanish-locale server would answer in Spanish, not English.
        source.setFallbackToSystemLocale(false);
        // One quoting rule for every text, whether or not the issue has args: apostrophes are doubled.
        source.setAlwaysUseMessageFormat(true);
    }

    /** What is wrong. */
    public String message(Issue issue, Locale locale) {
        return render("issue.", issue, locale);
    }

    /** What to do about it, in one sentence. */
    public String fix(Issue issue, Locale locale) {
        return render("fix.", issue, locale);
    }

    /** The supported language closest to {@code locale}: {@code es_CR} is Spanish, {@code fr} is English. */
    public static Locale language(Locale locale) {
        return LANGUAGES.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst().orElse(Locale.ENGLISH);
    }

    private String render(String prefix, Issue issue, Locale locale) {
        Locale language = language(locale);
        String key = prefix + issue.code().id();
        Object[] args = issue.args().stream().map(arg -> LocalizedArg.in(arg, language.getLanguage())).toArray();
        if (issue.args().size() > 1) {
            String refined = source.getMessage(key + "." + issue.args().get(1), args, null, language);
            if (refined != null) {
                return refined;
            }
        }
        return source.getMessage(key, args, language);
    }
}
