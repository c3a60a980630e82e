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
            Labels labels = Labels.of(WorkedExample.CODEBOOK, language);
            for (Status status : Status.values()) {
                assertThat(labels.statusName(status)).isNotBlank();
                assertThat(labels.statusDescription(status)).isNotBlank();
            }
        }
        assertThat(Labels.of(WorkedExample.CODEBOOK, "es").statusName(Status.CORROBORATED)).isEqualTo("Corroborado");
        assertThat(Labels.of(WorkedExample.CODEBOOK, "pt").statusName(Status.NO_DATA)).isEqualTo("Sem dados");
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
