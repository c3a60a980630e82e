package org.oas.cim.pipeline.study;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The phases of the study, as {@code jobs/phases.yml} defines them: adding a phase is an edit there. */
public record Study(List<Phase> phases) {
    public Study {
        phases = List.copyOf(phases);
    }

    public Optional<Phase> phase(String id) {
        return phases.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The phases a country belongs to, in file order. */
    public List<Phase> phasesOf(String country) {
        return phases.stream().filter(p -> p.includes(country)).toList();
    }

    @SuppressWarnings("unchecked")
    public static Study load(Path phasesYaml) {
        try (Reader in = Files.newBufferedReader(phasesYaml, StandardCharsets.UTF_8)) {
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            List<Phase> phases = new ArrayList<>();
            for (Map<String, Object> p : (List<Map<String, Object>>) root.get("phases")) {
                List<Region> regions = new ArrayList<>();
                for (Map<String, Object> r : (List<Map<String, Object>>) p.getOrDefault("regions", List.of())) {
                    regions.add(new Region(text(r.get("country")), text(r.get("id")), text(r.get("name")),
                            ((List<Object>) r.getOrDefault("places", List.of())).stream().map(Study::text).toList()));
                }
                phases.add(new Phase(text(p.get("id")), text(p.get("name")), text(p.get("years")),
                        ((List<Object>) p.get("countries")).stream().map(Study::text).toList(), regions,
                        p.get("schedule") == null ? null : text(p.get("schedule")),
                        ((List<Object>) p.getOrDefault("aliases", List.of())).stream().map(Study::text).toList()));
            }
            return new Study(phases);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + phasesYaml, e);
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString().trim();
    }
}
