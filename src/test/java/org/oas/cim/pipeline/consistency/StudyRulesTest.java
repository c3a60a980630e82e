package org.oas.cim.pipeline.consistency;

import org.junit.jupiter.api.Test;
import org.oas.cim.pipeline.codebook.Codebook;
import org.oas.cim.pipeline.codebook.CodebookLoader;
import org.oas.cim.pipeline.codebook.Instrument;
import org.oas.cim.pipeline.issue.Issue;
import org.oas.cim.pipeline.issue.IssueCode;
import org.oas.cim.pipeline.issue.IssueMessages;
import org.oas.cim.pipeline.issue.Severity;
import org.oas.cim.pipeline.layout.BoundCell;
import org.oas.cim.pipeline.normalize.Value;
import org.oas.cim.pipeline.read.RawCell;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each rule of the protocol's table (instruments.md, "Consistency rules"), as the codebooks under jobs/ hold it. */
class StudyRulesTest {
    private static final Codebook CODEBOOK = CodebookLoader.load(Path.of("jobs"));
    private static final Instrument QUESTIONNAIRE = CODEBOOK.instrument("questionnaire");
    private static final Instrument INTERVIEW = CODEBOOK.instrument("interview");

    /** A record under construction: answers by code, each in its own column of row 7. */
    private static final class Record {
        final Instrument instrument;
        final Map<String, Value> values = new LinkedHashMap<>();
        final Map<String, BoundCell> cells = new LinkedHashMap<>();

        Record(Instrument instrument) {
            this.instrument = instrument;
        }

        Record with(String code, Value value, String text) {
            values.put(code, value);
            cells.put(code, new BoundCell(instrument.item(code).orElseThrow(), null, new RawCell(cells.size() + 1, text, null, null), 7));
            return this;
        }

        List<Issue> check() {
            return ConsistencyCheck.check(instrument, values, cells, "Datos");
        }
    }

    private static Value code(String code) {
        return new Value.Code(code);
    }

    private static Value codes(String... codes) {
        return new Value.Codes(List.of(codes), null);
    }

    private static Value interval(long low, Long high) {
        return new Value.Interval(low, high, false);
    }

    @Test
    void trafficingSaidAbsentYetDescribedWarnsEveryDescribingAnswer() {
        List<Issue> issues = new Record(QUESTIONNAIRE).with("P1", code("no"), "No")
                .with("P2", codes("destination"), "Destino")
                .with("P3", codes("prostitution"), "Prostitución")
                .with("P4", new Value.Unknown(), "No sabe")
                .with("P6", interval(100, 200L), "entre 100 y 200")
                .with("P9", new Value.Missing(), "-")
                .with("P10", code("yes"), "Sí")
                .with("P11", code("no"), "No")
                .with("L1", code("yes"), "Sí")
                .check();
        assertThat(issues).extracting(i -> i.args().get(0)).containsExactly("P2", "P3", "P6", "P10", "P11");
        Issue p3 = issues.get(1);
        assertThat(p3.code()).isEqualTo(IssueCode.CONSTRAINT_ERROR);
        assertThat(p3.severity()).isEqualTo(Severity.WARNING);
        assertThat(p3.sheet()).isEqualTo("Datos");
        assertThat(p3.cellRef()).isEqualTo("C7");
        assertThat(p3.rawValue()).isEqualTo("Prostitución");
        assertThat(p3.args().subList(0, 3)).containsExactly("P3", ConsistencyCheck.RULE, "P3 = prostitution; P1 = no");
        IssueMessages messages = new IssueMessages();
        assertThat(messages.message(p3, Locale.forLanguageTag("es"))).isEqualTo("Respuestas que se contradicen en la pregunta P3: "
                + "Se dice que no existe trata (P1: no), pero esta respuesta la describe. Respuestas leídas: P3 = prostitution; P1 = no.");
        assertThat(messages.message(p3, Locale.ENGLISH)).isEqualTo("Answers that contradict each other in question P3: "
                + "Trafficking is said to be absent (P1: no), yet this answer describes it. Answers read: P3 = prostitution; P1 = no.");
        assertThat(messages.message(p3, Locale.forLanguageTag("pt"))).contains("Se diz que não existe tráfico (P1: não)");
        assertThat(ConsistencyCheck.isBrokenRule(p3)).isTrue();
    }

    @Test
    void trafficingPresentOrUnknownLeavesTheDescriptionAlone() {
        for (Value p1 : List.of(code("yes"), new Value.Unknown(), new Value.Missing())) {
            assertThat(new Record(QUESTIONNAIRE).with("P1", p1, "?").with("P3", codes("prostitution"), "Prostitución").check())
                    .as("P1 %s", p1).isEmpty();
        }
        assertThat(new Record(QUESTIONNAIRE).with("P3", codes("prostitution"), "Prostitución").check()).as("no P1 column").isEmpty();
    }

    @Test
    void moreConvictionsThanInvestigations() {
        assertThat(lawIssues(interval(12, 12L), interval(5, 5L))).extracting(i -> i.args().get(2)).containsExactly("L4 = 12; L3 = 5");
        assertThat(lawIssues(interval(20, 30L), interval(5, 10L))).as("range above range").hasSize(1);
        assertThat(lawIssues(interval(200, null), interval(50, 100L))).as("more than 200 against at most 100").hasSize(1);
        assertThat(lawIssues(interval(5, 5L), interval(5, 5L))).isEmpty();
        assertThat(lawIssues(interval(5, 15L), interval(10, 20L))).as("overlapping ranges").isEmpty();
        assertThat(lawIssues(interval(50, 50L), interval(10, null))).as("more than 10 investigations").isEmpty();
        assertThat(lawIssues(new Value.Interval(300, 300L, true), interval(5, 5L))).as("approximate").isEmpty();
        assertThat(lawIssues(new Value.Interval(100, 999L, true), interval(5, 5L))).as("cientos").isEmpty();
        assertThat(lawIssues(interval(12, 12L), new Value.Unknown())).isEmpty();
        assertThat(lawIssues(interval(12, 12L), new Value.Missing())).isEmpty();
    }

    private static List<Issue> lawIssues(Value convictions, Value investigations) {
        return new Record(QUESTIONNAIRE).with("L3", investigations, "").with("L4", convictions, "").check();
    }

    @Test
    void underTwelveMostAffectedNeedsChildrenAmongTheVictims() {
        for (Instrument instrument : List.of(QUESTIONNAIRE, INTERVIEW)) {
            assertThat(new Record(instrument).with("P4", codes("women", "girls"), "").with("P5", code("under_12"), "Menores de 12").check())
                    .extracting(i -> i.args().get(0) + " " + i.args().get(2)).containsExactly("P5 P5 = under_12; P4 = women girls");
            assertThat(new Record(instrument).with("P4", codes("girls", "children"), "").with("P5", code("under_12"), "").check()).isEmpty();
            assertThat(new Record(instrument).with("P4", codes("women"), "").with("P5", code("15_17"), "").check()).isEmpty();
            assertThat(new Record(instrument).with("P4", new Value.Unknown(), "").with("P5", code("under_12"), "").check()).isEmpty();
            assertThat(new Record(instrument).with("P5", code("under_12"), "").check()).as("P4 not asked").isEmpty();
        }
        Issue issue = new Record(QUESTIONNAIRE).with("P4", codes("women"), "").with("P5", code("under_12"), "").check().get(0);
        assertThat(new IssueMessages().message(issue, Locale.ENGLISH)).contains("The age group most affected is under 12");
    }

    @Test
    void moreMinorsDeportedThanVictimsIdentifiedWhenTheSameInterviewAnswersBoth() {
        List<Issue> issues = new Record(INTERVIEW).with("O1", new Value.Count(10), "10").with("O2", new Value.Count(25), "25").check();
        assertThat(issues).singleElement().satisfies(i -> {
            assertThat(i.args().subList(0, 3)).containsExactly("O2", ConsistencyCheck.RULE, "O2 = 25; O1 = 10");
            assertThat(i.severity()).isEqualTo(Severity.WARNING);
            assertThat(i.rawValue()).isEqualTo("25");
        });
        assertThat(new Record(INTERVIEW).with("O1", new Value.Count(25), "").with("O2", new Value.Count(25), "").check()).isEmpty();
        assertThat(new Record(INTERVIEW).with("O2", new Value.Count(25), "").check()).as("O1 not answered").isEmpty();
    }

    @Test
    void theInterviewCarriesTheRulesOfTheItemsItAsksAgain() {
        assertThat(new Record(INTERVIEW).with("P1", code("no"), "").with("P7", codes("GT"), "").with("L3", interval(1, 1L), "")
                .with("L4", interval(3, 3L), "").check()).extracting(i -> i.args().get(0)).containsExactly("P7", "L4");
    }
}
