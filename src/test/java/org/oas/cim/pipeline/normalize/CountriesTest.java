package org.oas.cim.pipeline.normalize;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.oas.cim.pipeline.codebook.CodebookLoader;
import org.oas.cim.pipeline.codebook.Country;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Countries as researchers write them (inputs.md, "Countries"), and in file names. */
class CountriesTest {
    private static final Countries COUNTRIES = new Countries(CodebookLoader.load(Path.of("jobs")));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "CR|CR", "cr|CR", "CRI|CR", "Costa Rica|CR", "costa rica|CR",
            "Mexico|MX", "México|MX", "Mexique|MX", "Méjico|MX",
            "Netherlands|NL", "Países Bajos|NL", "Pays-Bas|NL", "Nederland|NL", "Holanda|NL",
            "Germany|DE", "Alemania|DE", "Alemanha|DE", "Allemagne|DE", "Duitsland|DE",
            "Rep. Dominicana|DO", "República Dominicana|DO", "RD|DO",
            "EE.UU.|US", "EEUU|US", "USA|US", "Estados Unidos de América|US", "Estados Unidos|US",
            "Brasil|BR", "Bélice|BZ", "Belice|BZ", "Panamá|PA", "Panama|PA",
            "Antillas Holandesas|AN", "Antillas Neerlandesas|AN", "Nederlandse Antillen|AN", "AN|AN",
            "Curazao|AN", "Curaçao|AN", "Curacao|AN", "CW|AN", "Sint Maarten|AN",
            "Inglaterra|GB", "Reino Unido|GB", "GBR|GB",
            "Trinidad y Tobago|TT", "Saint Lucia|LC", "Haití|HT",
    })
    void codesNamesInEveryLanguageAndVariantsResolve(String text, String code) {
        assertThat(COUNTRIES.match(text)).hasValueSatisfying(m -> {
            assertThat(m.country().studyCode()).isEqualTo(code);
            assertThat(m.country().alpha2()).isEqualTo(code);
            assertThat(m.fuzzy()).isFalse();
        });
    }

    @ParameterizedTest(name = "{0} -> {1} (fuzzy)")
    @CsvSource(delimiter = '|', value = {"Guatemal|GT", "Nicaraguaa|NI", "Hondura|HN", "Republica Dominicanna|DO"})
    void aCloseTypoOfALongNameResolvesAsFuzzy(String text, String code) {
        assertThat(COUNTRIES.match(text)).hasValueSatisfying(m -> {
            assertThat(m.country().alpha2()).isEqualTo(code);
            assertThat(m.fuzzy()).isTrue();
        });
        assertThat(COUNTRIES.resolve(text)).map(Country::alpha2).contains(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Prú", "Cubo", "XX", "Atlantis", "", "  "})
    void shortTyposAndUnknownNamesDoNotResolve(String text) {
        assertThat(COUNTRIES.resolve(text)).isEmpty();
    }

    @Test
    void noSpellingNamesTwoCountries() {
        assertThat(COUNTRIES.ambiguousKeys()).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "CR_ngo_2002.xlsx|CR",
            "costa-rica-entrevistas.csv|CR",
            "entrevistas_CR.xls|CR",
            "Guatemala cuestionarios.xlsx|GT",
            "inbox/phase-1/Guatemala cuestionarios.xlsx|GT",
            "cuestionario.de.honduras.xlsx|HN",
            "Rep. Dominicana - ONG.xlsx|DO",
            "GT_entrevistas_el-salvador.xlsx|SV",
            "antillas_holandesas_2005.csv|AN",
    })
    void fileNameNamesTheCountryByNameOrUpperCaseCode(String fileName, String code) {
        assertThat(COUNTRIES.fromFileName(fileName)).map(Country::alpha2).contains(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"respuestas_de_es.xlsx", "datos-no-2002.csv", "cuestionarios.xlsx", "ngo_2002.xlsx"})
    void lowerCaseTwoLetterWordsInAFileNameAreNoCountry(String fileName) {
        assertThat(COUNTRIES.fromFileName(fileName)).isEmpty();
    }
}
