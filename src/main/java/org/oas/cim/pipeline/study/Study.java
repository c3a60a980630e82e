package org.oas.cim.pipeline.study;

import org.oas.cim.pipeline.codebook.JobsFolder;
import org.oas.cim.pipeline.codebook.JobsProblem;
import org.springframework.scheduling.support.CronExpression;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

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

    public static Study load(Path phasesYaml) {
        return load(JobsFolder.at(phasesYaml.getParent()), country -> true);
    }

    /**
     * Reads {@code phases.yml}.
     *
     * @param knownCountry whether the country list knows a code: a phase or region naming one it does not is a problem
     * @throws JobsProblem naming the line of whatever is missing, malformed or unknown
     */
    public static Study load(JobsFolder jobs, Predicate<String> knownCountry) {
        Yaml yaml = new Yaml(jobs.name(JobsFolder.PHASES));
        List<Phase> phases = new ArrayList<>();
        for (Node p : yaml.list(yaml.get(jobs.readYaml(JobsFolder.PHASES), "phases", true))) {
            String id = yaml.text(yaml.get(p, "id", true));
            List<String> countries = yaml.texts(yaml.get(p, "countries", true));
            for (Node country : yaml.list(yaml.get(p, "countries", true))) {
                yaml.requireCountry(country, knownCountry);
            }
            List<Region> regions = new ArrayList<>();
            for (Node r : yaml.list(yaml.get(p, "regions", false))) {
                yaml.requireCountry(yaml.get(r, "country", true), knownCountry);
                regions.add(new Region(yaml.text(yaml.get(r, "country", true)), yaml.text(yaml.get(r, "id", true)),
                        yaml.text(yaml.get(r, "name", false)), yaml.texts(yaml.get(r, "places", false))));
            }
            Node schedule = yaml.get(p, "schedule", false);
            yaml.requireCron(schedule);
            EstimationSettings estimation = yaml.estimation(yaml.get(p, "estimation", false));
            try {
                phases.add(new Phase(id, yaml.text(yaml.get(p, "name", false)), yaml.text(yaml.get(p, "years", false)),
                        countries, regions, yaml.text(schedule), yaml.texts(yaml.get(p, "aliases", false)), estimation));
            } catch (IllegalArgumentException e) {
                throw new JobsProblem(yaml.file, line(p), e.getMessage(), e);
            }
        }
        return new Study(phases);
    }

    private static long line(Node node) {
        return node.getStartMark().getLine() + 1L;
    }

    /** Reads the node tree of one YAML file, naming the file and the line of anything not as expected. */
    private record Yaml(String file) {
        Node get(Node mapping, String key, boolean required) {
            if (!(mapping instanceof MappingNode map)) {
                throw new JobsProblem(file, line(mapping), "expected keys (" + key + ": ...) here");
            }
            for (NodeTuple tuple : map.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                    return tuple.getValueNode();
                }
            }
            if (required) {
                throw new JobsProblem(file, line(mapping), "'" + key + ":' is missing");
            }
            return null;
        }

        List<Node> list(Node node) {
            if (node == null) {
                return List.of();
            }
            if (!(node instanceof SequenceNode sequence)) {
                throw new JobsProblem(file, line(node), "expected a list (- ...) here");
            }
            return sequence.getValue();
        }

        String text(Node node) {
            if (node == null) {
                return null;
            }
            if (!(node instanceof ScalarNode scalar)) {
                throw new JobsProblem(file, line(node), "expected a single value here");
            }
            return scalar.getValue().trim();
        }

        List<String> texts(Node node) {
            return list(node).stream().map(this::text).toList();
        }

        void requireCountry(Node node, Predicate<String> knownCountry) {
            String code = text(node);
            if (!knownCountry.test(code)) {
                throw new JobsProblem(file, line(node), "the country code '" + code + "' is not in " + JobsFolder.COUNTRIES);
            }
        }

        /** {@code estimation: {threshold: 0.02, pool_years: false}}, either key left out for its default. */
        EstimationSettings estimation(Node node) {
            if (node == null) {
                return EstimationSettings.DEFAULTS;
            }
            if (node instanceof MappingNode map) {
                for (NodeTuple tuple : map.getValue()) {
                    String key = text(tuple.getKeyNode());
                    if (!key.equals("threshold") && !key.equals("pool_years")) {
                        throw new JobsProblem(file, line(tuple.getKeyNode()), "'" + key
                                + ":' is not a key of estimation: (threshold, pool_years)");
                    }
                }
            }
            Node threshold = get(node, "threshold", false);
            Node pool = get(node, "pool_years", false);
            double p = EstimationSettings.DEFAULTS.threshold();
            if (threshold != null) {
                try {
                    p = Double.parseDouble(text(threshold));
                } catch (NumberFormatException e) {
                    p = Double.NaN;
                }
                if (!(p > 0 && p <= 1)) {
                    throw new JobsProblem(file, line(threshold), "the estimation threshold '" + text(threshold)
                            + "' is not a p-value above 0 and at most 1 (estimation.md's is 0.02)");
                }
            }
            boolean poolYears = EstimationSettings.DEFAULTS.poolYears();
            if (pool != null) {
                String yes = text(pool).toLowerCase(Locale.ROOT);
                if (!yes.equals("true") && !yes.equals("false")) {
                    throw new JobsProblem(file, line(pool), "pool_years is true or false, not '" + text(pool) + "'");
                }
                poolYears = yes.equals("true");
            }
            return new EstimationSettings(p, poolYears);
        }

        void requireCron(Node node) {
            String cron = text(node);
            if (cron == null || cron.isBlank()) {
                return;
            }
            try {
                CronExpression.parse(cron);
            } catch (IllegalArgumentException e) {
                throw new JobsProblem(file, line(node), "the schedule '" + cron
                        + "' is not a cron expression (second minute hour day month weekday): " + e.getMessage(), e);
            }
        }
    }
}
