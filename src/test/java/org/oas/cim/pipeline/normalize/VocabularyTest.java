package org.oas.cim.pipeline.normalize;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.oas.cim.pipeline.codebook.JobsProblem;
import org.oas.cim.pipeline.normalize.Vocabulary.Bounds;
import org.oas.cim.pipeline.normalize.Vocabulary.Kind;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oas.cim.pipeline.normalize.Fixtures.VOCABULARY;

/** The value grammar's words come from jobs/reference/vocabulary.csv, checked as they load. */
class VocabularyTest {
    @ParameterizedTest
    @EnumSource(Kind.class)
    void everyKindOfWordIsListed(Kind kind) {
        assertThat(VOCABULARY.words(kind)).isNotEmpty();
    }

    @Test
    void frenchAndDutchWordsAreListedBesideSpanishPortugueseAndEnglish() {
        assertThat(VOCABULARY.isUnknown("weet niet")).isTrue();
        assertThat(VOCABULARY.isUnknown("Ne sait pas")).isTrue();
        assertThat(VOCABULARY.yesNo("ja")).contains(true);
        assertThat(VOCABULARY.yesNo("oui")).contains(true);
        assertThat(VOCABULARY.yesNo("nee")).contains(false);
        assertThat(VOCABULARY.yesNo("non")).contains(false);
        assertThat(VOCABULARY.yesNo("peut-être")).isEmpty();
    }

    @Test
    void symbolWordsAreComparedAsSymbols() {
        assertThat(VOCABULARY.isMissing(" — ")).isTrue();
        assertThat(VOCABULARY.isMissing("...")).isFalse();
        assertThat(VOCABULARY.isUnknown("?")).isTrue();
        assertThat(VOCABULARY.yesNo("✓")).contains(true);
        assertThat(Vocabulary.key(" > ")).isEqualTo(">");
        assertThat(Vocabulary.key("N/A")).isEqualTo("n a");
    }

    @Test
    void wordsWithValuesCarryThem() {
        assertThat(VOCABULARY.magnitude("Cientos")).contains(new Bounds(100, 999));
        assertThat(VOCABULARY.magnitude("dozens")).contains(new Bounds(10, 99));
        assertThat(VOCABULARY.magnitude("milhares")).contains(new Bounds(1000, 9999));
        assertThat(VOCABULARY.multiplier("mil")).hasValue(1000);
        assertThat(VOCABULARY.month("março")).hasValue(3);
        assertThat(VOCABULARY.month("MRT")).hasValue(3);
        assertThat(VOCABULARY.month("Sept")).hasValue(9);
        assertThat(VOCABULARY.month("déc")).hasValue(12);
        assertThat(VOCABULARY.month("mei")).hasValue(5);
        assertThat(VOCABULARY.month("de")).isEmpty();
        assertThat(VOCABULARY.plausibleYears()).isEqualTo(new Bounds(1995, 2010));
    }

    @Test
    void otherPrefixesGiveTheirNote() {
        assertThat(VOCABULARY.otherNote("Otro:  trabajo en  bares ")).contains("trabajo en bares");
        assertThat(VOCABULARY.otherNote("OUTRA: igreja")).contains("igreja");
        assertThat(VOCABULARY.otherNote("Anders: kerk")).contains("kerk");
        assertThat(VOCABULARY.otherNote("Otro (especifique): radio")).contains("radio");
        assertThat(VOCABULARY.otherNote("Other:")).contains("");
        assertThat(VOCABULARY.otherNote("Otoño: radio")).isEmpty();
        assertThat(VOCABULARY.otherNote("Prostitución")).isEmpty();
    }

    @Test
    void aWordMeaningTwoMonthsIsRejected(@TempDir Path jobs) throws IOException {
        write(jobs, "month:3,mar,es\nmonth:5,mar,xx\nplausible_years,1995-2010,\n");
        assertThatThrownBy(() -> Vocabulary.load(jobs)).isInstanceOf(JobsProblem.class).hasMessageContaining("mar");
    }

    @Test
    void anUnknownKindIsRejectedWithItsLine(@TempDir Path jobs) throws IOException {
        write(jobs, "yes,sí,es\nmaybe,quizás,es\n");
        assertThatThrownBy(() -> Vocabulary.load(jobs)).isInstanceOf(JobsProblem.class)
                .hasMessageContaining("line 3").hasMessageContaining("maybe");
    }

    @Test
    void aBadValueIsRejected(@TempDir Path jobs) throws IOException {
        write(jobs, "month:13,smarch,en\n");
        assertThatThrownBy(() -> Vocabulary.load(jobs)).isInstanceOf(JobsProblem.class).hasMessageContaining("13");
        write(jobs, "magnitude:99-10,decenas,es\n");
        assertThatThrownBy(() -> Vocabulary.load(jobs)).isInstanceOf(JobsProblem.class).hasMessageContaining("99-10");
    }

    @Test
    void theStudysYearsMustBeGivenOnce(@TempDir Path jobs) throws IOException {
        write(jobs, "yes,sí,es\n");
        assertThatThrownBy(() -> Vocabulary.load(jobs)).isInstanceOf(JobsProblem.class)
                .hasMessageContaining("plausible_years");
    }

    private static void write(Path jobs, String lines) throws IOException {
        Files.createDirectories(jobs.resolve("reference"));
        Files.writeString(jobs.resolve(Vocabulary.FILE), "kind,word,language\n" + lines, StandardCharsets.UTF_8);
    }
}
