package org.oas.cim.pipeline.layout;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oas.cim.pipeline.codebook.Instrument;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oas.cim.pipeline.layout.Fixtures.csv;
import static org.oas.cim.pipeline.layout.Fixtures.opener;
import static org.oas.cim.pipeline.layout.Fixtures.records;
import static org.oas.cim.pipeline.layout.Fixtures.row;

/** The instrument is the one whose items the headers match most; a tie or too few is none (inputs.md). */
class InstrumentDetectionTest {
    private static final FileInspector inspector = new FileInspector(Fixtures.CODEBOOK);

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
        Path file = csv(dir, "eventos.csv", ',', withUnknownColumns(13, "País", "Tipo de informante", "P1", "P2"),
                withUnknownColumns(13, "Costa Rica", "ONG", "Sí", "origen"));

        FileInspection inspection = inspector.inspect(opener(file));

        assertThat(inspection.hasHeader()).isTrue();
        assertThat(inspection.instrument()).isEmpty();
    }

    @Test
    void theSameItemsBesideAFewColumnsOfNotesAreTheQuestionnaire() throws Exception {
        Path file = csv(dir, "notas.csv", ',', withUnknownColumns(12, "País", "Tipo de informante", "P1", "P2"),
                withUnknownColumns(12, "Costa Rica", "ONG", "Sí", "origen"));

        assertThat(inspector.inspect(opener(file)).instrument()).map(Instrument::id).hasValue("questionnaire");
    }

    @Test
    void sixItemsOrMoreAreTheQuestionnaireWhateverElseTheFileHolds() throws Exception {
        Path file = csv(dir, "ancho.csv", ',', withUnknownColumns(40, "País", "Tipo de informante", "P1", "P2", "L1", "P6"),
                withUnknownColumns(40, "Costa Rica", "ONG", "Sí", "origen", "No", "100"));

        assertThat(inspector.inspect(opener(file)).instrument()).map(Instrument::id).hasValue("questionnaire");
    }

    /** The cells given, then {@code unknown} columns whose headers name nothing the codebooks know. */
    private static List<Object> withUnknownColumns(int unknown, Object... cells) {
        List<Object> row = new ArrayList<>(Arrays.asList(cells));
        boolean header = "País".equals(cells[0]);
        for (int i = 1; i <= unknown; i++) {
            row.add(header ? "zzq_campo_" + i : "dato " + i);
        }
        return row;
    }
}
