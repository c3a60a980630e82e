package org.oas.cim.pipeline.layout;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oas.cim.pipeline.codebook.Instrument;

import java.nio.file.Path;

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
}
