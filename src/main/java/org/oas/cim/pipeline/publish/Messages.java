package org.oas.cim.pipeline.publish;

import org.oas.cim.pipeline.verify.Status;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

/**
 * The publication's own words in one output language (bundle {@code messages/publish}: table titles, column
 * explanations, status names and explanations). Item, choice and country labels come from the codebook instead
 * (see {@link Labels}).
 */
public final class Messages {
    /** The output languages: English (the default), Spanish, Portuguese and Dutch. */
    public static final List<String> LANGUAGES = List.of("en", "es", "pt", "nl");
    public static final String DEFAULT_LANGUAGE = "en";
    static final String BUNDLE = "messages/publish";

    private final String language;
    private final ResourceBundle bundle;

    private Messages(String language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
    }

    public static Messages of(String language) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("output language must be one of " + LANGUAGES + ", was " + language);
        }
        // No fallback to the JVM's default locale: a Spanish machine must still publish English when asked to.
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(language, bundle);
    }

    public String language() {
        return language;
    }

    /** The message of a key, with {@code {0}}, {@code {1}}, ... replaced by the arguments in order. */
    public String text(String key, String... args) {
        String text = bundle.getString(key);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", args[i]);
        }
        return text;
    }

    /** A status's name in plain language ({@code Corroborated}). */
    public String statusName(Status status) {
        return text("status." + status.name() + ".name");
    }

    /** What a status means, in plain language. */
    public String statusDescription(Status status) {
        return text("status." + status.name() + ".description");
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** Every key, sorted (the base bundle's included). */
    public Set<String> keys() {
        return Collections.unmodifiableSet(new TreeSet<>(bundle.keySet()));
    }
}
