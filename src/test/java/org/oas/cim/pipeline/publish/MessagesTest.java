package org.oas.cim.pipeline.publish;

import org.junit.jupiter.api.Test;
import org.oas.cim.pipeline.verify.Status;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The publication's bundles: complete in every language, never silently falling back. */
class MessagesTest {
    @Test
    void spanishAndPortugueseTranslateEveryEnglishKeyRatherThanFallBackToEnglish() {
        Messages english = Messages.of("en");
        for (String language : new String[]{"es", "pt"}) {
            Messages other = Messages.of(language);
            assertThat(other.keys()).containsExactlyElementsOf(english.keys());
            for (String key : english.keys()) {
                assertThat(other.text(key)).as(language + " " + key).isNotEqualTo(english.text(key));
            }
        }
    }

    @Test
    void everyStatusHasANameAndAnExplanationInEveryLanguage() {
        for (String language : Messages.LANGUAGES) {
            Messages messages = Messages.of(language);
            for (Status status : Status.values()) {
                assertThat(messages.statusName(status)).isNotBlank();
                assertThat(messages.statusDescription(status)).isNotBlank();
            }
        }
        assertThat(Messages.of("es").statusName(Status.CORROBORATED)).isEqualTo("Corroborado");
        assertThat(Messages.of("pt").statusName(Status.NO_DATA)).isEqualTo("Sem dados");
    }

    @Test
    void englishIsEnglishWhateverTheMachinesLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("es-CR"));
            assertThat(Messages.of("en").text("status.CONTESTED.name")).isEqualTo("Contested");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void argumentsAreFilledInAndUnknownLanguagesRefused() {
        assertThat(Messages.of("en").text("column.summary.status", "Costa Rica")).isEqualTo("Costa Rica: status.");
        assertThatThrownBy(() -> Messages.of("fr")).isInstanceOf(IllegalArgumentException.class);
    }
}
