package org.oas.cim.pipeline.normalize;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A close fuzzy match takes a typo or a missing word in a long label, never a short code loosely. */
class FuzzyTest {
    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
            "Prostitucion|Prostitución",
            "Prostitution|Prostitución",
            "Guatemal|Guatemala",
            "Número estimado de victimas por ano|Número estimado de víctimas por año",
            "Numero estimado de vitimas por año|Número estimado de víctimas por año",
            "Casa Alianza|Casa Alianza Nicaragua",
            "Estimated number of victims per year|Estimated number of victims each per year",
            "Policía nacional civil|Policía nacional",
    })
    void typoOrMissingWordInALongLabelIsClose(String text, String label) {
        assertThat(Fuzzy.close(text, label)).isTrue();
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource(delimiter = '|', value = {
            "no|nee",
            "si|sim",
            "CR|CU",
            "Peru|Perus",
            "Mala|Malo",
            "Children under 12|Children under 13",
            "Investigaciones por trata en el último año|Condenas por trata en el último año",
            "Centro de Estudios de la Mujer|Centro de Derechos de la Mujer",
            "turismo|Turismo sexual",
            "Estimated number of victims|Estimated number of victims per year",
    })
    void shortCodesDifferentNumbersAndOtherLabelsAreNotClose(String text, String label) {
        assertThat(Fuzzy.close(text, label)).isFalse();
    }

    @Test
    void bestTakesTheClosestCandidate() {
        Map<String, String> candidates = new LinkedHashMap<>();
        candidates.put(TextKey.of("Turismo sexual"), "sex_tourism");
        candidates.put(TextKey.of("Trabajo forzoso"), "forced_labour");
        assertThat(Fuzzy.best("Turismo sexal", candidates)).contains("sex_tourism");
        assertThat(Fuzzy.best("Trabajo forzado", candidates)).isEmpty();
    }

    @Test
    void equallyCloseCandidatesForDifferentValuesAreNoMatch() {
        Map<String, String> candidates = new LinkedHashMap<>();
        candidates.put(TextKey.of("Nigeria"), "NG");
        candidates.put(TextKey.of("Nigerib"), "NB");
        assertThat(Fuzzy.best("Nigerio", candidates)).isEmpty();
        assertThat(Fuzzy.best("Nigeriaa", candidates)).contains("NG");
    }
}
