package org.oas.cim.pipeline.publish;

/**
 * How a phase is published.
 *
 * @param language      output language of labels and explanations: {@code en}, {@code es}, {@code pt} or {@code nl}
 * @param k             disclosure threshold: the fewest respondents that may stand behind a published sensitive
 *                      value or a breakdown cell (src/site/markdown/protocol/outputs.md, "Disclosure control")
 * @param byteOrderMark whether CSV files start with a UTF-8 byte-order mark
 */
public record PublishSettings(String language, int k, boolean byteOrderMark) {
    public static final int DEFAULT_K = 3;

    public PublishSettings {
        if (!Messages.LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("output language must be one of " + Messages.LANGUAGES + ", was " + language);
        }
        if (k < 1) {
            throw new IllegalArgumentException("disclosure threshold k must be at least 1, was " + k);
        }
    }

    /** English, k = 3, CSV with a byte-order mark. */
    public static PublishSettings defaults() {
        return new PublishSettings(Messages.DEFAULT_LANGUAGE, DEFAULT_K, true);
    }

    public PublishSettings withLanguage(String other) {
        return new PublishSettings(other, k, byteOrderMark);
    }
}
