package org.oas.cim.pipeline.ingest;

import org.oas.cim.pipeline.issue.IssueCode;
import org.oas.cim.pipeline.normalize.TextKey;
import org.oas.cim.pipeline.study.Phase;
import org.oas.cim.pipeline.study.Region;
import org.oas.cim.pipeline.study.Study;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Settles a respondent's phase: from the inbox subfolder, else the row's phase column, else the file's
 * metadata, else the country where it belongs to exactly one phase; and the region of a phase that has them.
 */
class PhaseResolver {
    private final Study study;

    public PhaseResolver(Study study) {
        this.study = study;
    }

    /** The phase, or why there is none: {@code no-phase} or {@code country-not-in-phase}, with a detail. */
    public record Resolution(Phase phase, IssueCode problem, String detail) {
        static Resolution of(Phase phase) {
            return new Resolution(phase, null, null);
        }

        static Resolution failed(IssueCode problem, String detail) {
            return new Resolution(null, problem, detail);
        }
    }

    public Resolution resolve(String folderHint, String rowPhaseText, String metadataPhaseText, String country) {
        Optional<String> declared = Stream.of(folderHint, rowPhaseText, metadataPhaseText)
                .filter(text -> text != null && !text.isBlank()).findFirst();
        if (declared.isPresent()) {
            Optional<Phase> phase = named(declared.get());
            if (phase.isEmpty()) {
                return Resolution.failed(IssueCode.NO_PHASE, declared.get());
            }
            return phase.get().includes(country) ? Resolution.of(phase.get())
                    : Resolution.failed(IssueCode.COUNTRY_NOT_IN_PHASE, phase.get().id());
        }
        List<Phase> candidates = study.phasesOf(country);
        if (candidates.size() == 1) {
            return Resolution.of(candidates.get(0));
        }
        if (candidates.isEmpty()) {
            // in none of the study's phases: the message names them all
            return Resolution.failed(IssueCode.COUNTRY_NOT_IN_PHASE,
                    study.phases().stream().map(Phase::id).collect(Collectors.joining(", ")));
        }
        return Resolution.failed(IssueCode.NO_PHASE, candidates.stream().map(Phase::id).collect(Collectors.joining(", ")));
    }

    /** A phase named by its id, its name or one of its aliases, compared without case, accents or punctuation. */
    public Optional<Phase> named(String text) {
        String key = TextKey.of(text);
        return study.phases().stream()
                .filter(p -> Stream.concat(Stream.of(p.id(), p.name()), p.aliases().stream()).map(TextKey::of).anyMatch(key::equals))
                .findFirst();
    }

    /**
     * The phase region whose places the answer names ({@code "Tapachula, Chiapas"} is in the southern border
     * states), or null where the phase has no regions for the country or the answer names none of them.
     */
    public String region(Phase phase, String country, String regionAnswer) {
        String answer = " " + TextKey.of(regionAnswer) + " ";
        for (Region region : phase.regionsOf(country)) {
            for (String place : region.places()) {
                if (answer.contains(" " + TextKey.of(place) + " ")) {
                    return region.id();
                }
            }
        }
        return null;
    }
}
