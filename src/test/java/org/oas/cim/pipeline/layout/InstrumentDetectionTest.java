package org.oas.cim.pipeline.layout;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oas.cim.pipeline.codebook.Instrument;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oas.cim.pipeline.layout.Fixtures.csv;
import static org.oas.cim.pipeline.layout.Fixtures.opener;
import static org.oas.cim.pipeline.layout.Fixtures.records;
import static org.oas.cim.pipeline.layout.Fixtures.row;

/** The instrument is the one whose items the headers match most; a tie or too few is none (inputs.md). */
class InstrumentDetectionTest {
    private static final FileInspector inspector = new FileInspector(Fixtures.CODEBOOK);

    /** Headers and a row of answers to four questionnaire items (R1, R4, P1, P2), three of them the interview's too. */
    private static final String[][] FOUR_ITEMS = {{"País", "Tipo de informante", "P1", "P2"}, {"Costa Rica", "ONG", "Sí", "origen"}};
    private static final String[][] SIX_ITEMS = {{"País", "Tipo de informante", "P1", "P2", "L1", "P6"},
            {"Costa Rica", "ONG", "Sí", "origen", "No", "100"}};

    @TempDir
    Path dir;

    @Test
    void itemsOfTheInterviewGuideMakeAnInterviewFile() throws Exception {
        Path file = csv(dir, "bo-entrevistas.csv", ';',
                row("País", "Tipo de institución", "Institución", "P1", "L1", "O1"),
                row("Bolivia", "Policía nacional", "FELCC", "Sí", "No", "12"));

        FileInspection inspection = inspector.inspect(opener(file));

        assertThat(inspection.instrument()).map(Instrument::id).hasValue("interview");
        assertThat(records(inspector, file, inspection).get(0).cells()).extracting(c -> c.item().code())
                .containsExactly("I1", "I3", "I4", "P1", "L1", "O1");
    }

    @Test
    void itemsOfTheQuestionnaireMakeAQuestionnaireFile() throws Exception {
        Path file = csv(dir, "mx.csv", ',', row("country", "respondent_type", "P1", "P2"), row("MX", "ngo", "yes", "origin"));

        assertThat(inspector.inspect(opener(file)).instrument()).map(Instrument::id).hasValue("questionnaire");
    }

    @Test
    void onlyItemsBothInstrumentsAskIsATieAndNoInstrument() throws Exception {
        Path file = csv(dir, "shared.csv", ',', row("País", "P1", "P2", "P6", "L1"), row("Belice", "Sí", "destino", "100", "No"));

        FileInspection inspection = inspector.inspect(opener(file));

        assertThat(inspection.hasHeader()).isTrue();
        assertThat(inspection.instrument()).isEmpty();
        assertThat(inspection.sheets()).isEmpty();
        assertThat(records(inspector, file, inspection)).isEmpty();
    }

    @Test
    void fewerThanThreeDistinctItemsIsNoInstrument() throws Exception {
        Path file = csv(dir, "few.csv", ',', row("R4", "Tipo de informante", "P9", "Nombre"), row("ONG", "ONG", "secuestro", "Ana"));

        FileInspection inspection = inspector.inspect(opener(file));

        assertThat(inspection.hasHeader()).isTrue();
        assertThat(inspection.instrument()).isEmpty();
    }

    /** An event log: four columns a questionnaire also has, lost among thirteen no item names. */
    @Test
    void aFewMatchedItemsAmongManyUnknownColumnsIsAnotherKindOfTable() throws Exception {
        assertThat(instrumentBesideUnknownColumns(13, FOUR_ITEMS)).isEmpty();
    }

    @Test
    void theSameItemsBesideAFewColumnsOfNotesAreTheQuestionnaire() throws Exception {
        assertThat(instrumentBesideUnknownColumns(12, FOUR_ITEMS)).hasValue("questionnaire");
    }

    @Test
    void sixItemsOrMoreAreTheQuestionnaireWhateverElseTheFileHolds() throws Exception {
        assertThat(instrumentBesideUnknownColumns(40, SIX_ITEMS)).hasValue("questionnaire");
    }

    /** The instrument found for a file of the given headers and answers followed by {@code unknown} columns no item names. */
    private Optional<String> instrumentBesideUnknownColumns(int unknown, String[][] headersAndAnswers) throws Exception {
        List<Object> header = new ArrayList<>(Arrays.asList(headersAndAnswers[0]));
        List<Object> answers = new ArrayList<>(Arrays.asList(headersAndAnswers[1]));
        for (int i = 1; i <= unknown; i++) {
            header.add("zzq_campo_" + i);
            answers.add("dato " + i);
        }
        Path file = csv(dir, "tabla.csv", ',', header, answers);
        FileInspection inspection = inspector.inspect(opener(file));
        assertThat(inspection.hasHeader()).isTrue();
        return inspection.instrument().map(Instrument::id);
    }
}
