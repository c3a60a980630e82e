package org.oas.cim.pipeline.codebook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rule columns of the survey tables load with their items; a rule that cannot be read stops the start. */
class CodebookRulesTest {
    @TempDir
    Path jobs;

    @Test
    void theStudysRulesLoadWithTheirMessages() {
        Codebook codebook = CodebookLoader.load(Path.of("jobs"));
        Instrument questionnaire = codebook.instrument("questionnaire");
        for (String code : List.of("P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9", "P10", "P11")) {
            ItemRules rules = questionnaire.item(code).orElseThrow().rules();
            assertThat(rules.relevant()).as(code).isNotNull();
            assertThat(rules.relevant().references()).extracting(r -> r.code()).containsExactly("P1");
            assertThat(rules.message(rules.relevant(), "es")).startsWith("Se dice que no existe trata");
        }
        ItemRules p5 = questionnaire.item("P5").orElseThrow().rules();
        assertThat(p5.message(p5.constraint(), "nl")).startsWith("De meest getroffen leeftijdsgroep");
        assertThat(p5.message(p5.constraint(), "fr")).as("English where the language has none").startsWith("The age group most affected");
        assertThat(questionnaire.item("L4").orElseThrow().rules().constraint()).isNotNull();
        assertThat(codebook.instrument("interview").item("O2").orElseThrow().rules().constraint()).isNotNull();
        assertThat(questionnaire.item("P1").orElseThrow().rules().isEmpty()).isTrue();
        assertThat(codebook.instrument("interview").items().stream().filter(i -> i.rules().relevant() != null))
                .extracting(Item::code).containsExactly("P2", "P3", "P4", "P5", "P6", "P7", "P8", "P10", "P11");
    }

    @Test
    void aMalformedRuleNamesTheFileTheRowAndThePosition() throws IOException {
        copyJobs();
        replaceInQuestionnaire(". <= ${L3}", ". <= (${L3}");
        assertThatThrownBy(() -> CodebookLoader.load(jobs)).isInstanceOf(JobsProblem.class)
                .hasMessage(jobs.resolve("codebooks/questionnaire.csv") + " line 23: item L4, column constraint: "
                        + "expected \")\" before the end at position 12 of \". <= (${L3}\"");
    }

    @Test
    void aRuleNamingNoItemOfTheInstrumentIsRefused() throws IOException {
        copyJobs();
        replaceInQuestionnaire(". <= ${L3}", ". <= ${O1}");
        assertThatThrownBy(() -> CodebookLoader.load(jobs)).isInstanceOf(JobsProblem.class)
                .hasMessageContaining("questionnaire.csv line 23: item L4, column constraint: no item O1 in this instrument at position 6");
    }

    @Test
    void aRuleWithoutAnEnglishMessageIsRefused() throws IOException {
        copyJobs();
        replaceInQuestionnaire("More convictions than investigations: the convictions (L4) are above the investigations (L3).", "");
        assertThatThrownBy(() -> CodebookLoader.load(jobs)).isInstanceOf(JobsProblem.class)
                .hasMessageContaining("line 23: item L4, the constraint needs its message in English");
    }

    private void copyJobs() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("jobs"))) {
            for (Path file : files.toList()) {
                Path target = jobs.resolve(Path.of("jobs").relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private void replaceInQuestionnaire(String rule, String replacement) throws IOException {
        Path questionnaire = jobs.resolve("codebooks/questionnaire.csv");
        String text = Files.readString(questionnaire, StandardCharsets.UTF_8);
        assertThat(text).contains(rule);
        Files.writeString(questionnaire, text.replace(rule, replacement), StandardCharsets.UTF_8);
    }
}
