package org.oas.cim.pipeline.publish;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code datapackage.json}: a valid Tabular Data Package whose schemas every published CSV file fits. */
class DataPackageTest {
    @TempDir
    Path out;

    @Test
    void describesEveryCsvFileOfThePhaseAndEachFitsItsSchema() throws IOException {
        Path folder = publish("es", out.resolve("a"), "run-7");

        JsonNode descriptor = Frictionless.checkPackage(folder);

        List<String> described = new ArrayList<>();
        descriptor.get("resources").forEach(r -> described.add(r.get("path").asString()));
        try (var files = Files.list(folder)) {
            assertThat(described).containsExactlyInAnyOrderElementsOf(
                    files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".csv")).toList());
        }
        assertThat(descriptor.get("title").asString()).isEqualTo("Resultados de phase-1");
        assertThat(descriptor.get("run").get("id").asString()).isEqualTo("run-7");
        JsonNode indicators = resource(descriptor, "indicators");
        assertThat(indicators.get("title").asString()).isEqualTo("Indicadores");
        JsonNode status = field(indicators, "status");
        assertThat(status.get("constraints").get("enum").toString()).contains("CORROBORATED", "CONTESTED", "NO_DATA");
        assertThat(field(indicators, "share").get("type").asString()).isEqualTo("number");
        assertThat(field(indicators, "country").get("description").asString()).startsWith("Código del país");
        assertThat(indicators.get("schema").get("foreignKeys").toString())
                .contains("\"fields\":\"country\",\"reference\":{\"resource\":\"countries\",\"fields\":\"code\"}")
                .contains("\"fields\":\"indicator\",\"reference\":{\"resource\":\"items\",\"fields\":\"code\"}");
        assertThat(resource(descriptor, "quality").get("schema").get("primaryKey").toString()).isEqualTo("[\"phase\",\"country\"]");
        assertThat(resource(descriptor, "countries").get("schema").get("missingValues").toString()).isEqualTo("[\"\"]");
    }

    @Test
    void theSameTablesGiveTheSameBytes() throws IOException {
        Path first = publish("en", out.resolve("a"), "run-1");
        Path second = publish("en", out.resolve("b"), "run-1");

        assertThat(Files.readAllBytes(second.resolve("datapackage.json"))).isEqualTo(Files.readAllBytes(first.resolve("datapackage.json")));
        assertThat(Files.readAllBytes(second.resolve("items.csv"))).isEqualTo(Files.readAllBytes(first.resolve("items.csv")));
    }

    private static Path publish(String language, Path outDir, String runId) throws IOException {
        PublishSettings settings = PublishSettings.defaults().withLanguage(language);
        List<Table> tables = new FindingsTables(WorkedExample.CODEBOOK, settings)
                .tables(WorkedExample.PHASE_1, WorkedExample.phase1(), WorkedExample.quality());
        Manifest manifest = new Manifest(runId, Instant.parse("2026-11-05T10:15:30Z"),
                List.of(new UsedFile("BR_questionnaires.xlsx", "ab".repeat(32), 12)));
        return new PhasePublisher(settings).publish(outDir, "phase-1", new PublishedPhase(tables, manifest));
    }

    private static JsonNode resource(JsonNode descriptor, String name) {
        for (JsonNode resource : descriptor.get("resources")) {
            if (resource.get("name").asString().equals(name)) {
                return resource;
            }
        }
        throw new AssertionError("no resource " + name);
    }

    private static JsonNode field(JsonNode resource, String name) {
        for (JsonNode field : resource.get("schema").get("fields")) {
            if (field.get("name").asString().equals(name)) {
                return field;
            }
        }
        throw new AssertionError("no field " + name);
    }
}
