package org.oas.cim.pipeline.normalize;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The comparison key: no case, no accents, no punctuation, no extra spaces. */
class TextKeyTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "  Niñas y NIÑOS   menores de 12 años |niñas y ninos menores de 12 anos",
            "Situación del Protocolo de Palermo|situacion del protocolo de palermo",
            "P1. ¿Existe trata?|p1 existe trata",
            "grp_presence/P1|grp presence p1",
            "Straße|strasse",
            "Ærø|aero",
            "Œuvre|oeuvre",
            "Curaçao|curacao",
            "EE.UU.|ee uu",
            "Don't know|don t know",
            "Rep. Dominicana|rep dominicana",
            "Côte d’Ivoire|cote d ivoire",
    })
    void keyIsLowerCaseWithoutAccentsPunctuationOrExtraSpaces(String text, String key) {
        assertThat(TextKey.of(text)).isEqualTo(key.replace("niñas", "ninas"));
    }

    @Test
    void keyOfNothingIsEmpty() {
        assertThat(TextKey.of(null)).isEmpty();
        assertThat(TextKey.of(" - ")).isEmpty();
    }

    @Test
    void keyIsIdempotent() {
        String once = TextKey.of("  Ñandú: Æsop / Øre ");
        assertThat(TextKey.of(once)).isEqualTo(once);
    }

    @Test
    void lineBreaksAndNoBreakSpacesAreSpaces() {
        assertThat(TextKey.of("Trabajo\nforzoso")).isEqualTo("trabajo forzoso");
        assertThat(TextKey.clean("Casa\u00A0 Alianza\t ")).isEqualTo("Casa Alianza");
    }

    @Test
    void foldKeepsPunctuationForNumbersAndDates() {
        assertThat(TextKey.fold(" Más  de 1.500 ")).isEqualTo("mas de 1.500");
        assertThat(TextKey.fold("15/03/2002")).isEqualTo("15/03/2002");
    }
}
