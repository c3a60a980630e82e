package org.oas.cim.pipeline.codebook;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;
import com.opencsv.exceptions.CsvMalformedLineException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one reader of {@code jobs/}: a folder (given with {@code --jobs}, or the home folder's own copy written by
 * {@code init}) or the defaults built into the jar. Every file of it is read here, and anything wrong with one
 * (missing, not YAML, not CSV) comes out as a {@link JobsProblem} naming the file and the line.
 */
public final class JobsFolder {
    public static final String PHASES = "phases.yml";
    public static final String INSTRUMENTS = "codebooks/instruments.csv";
    public static final String CHOICES = "codebooks/choices.csv";
    public static final String COUNTRIES = "reference/countries.csv";
    public static final String ORGANIZATIONS = "reference/organizations.csv";
    public static final String VOCABULARY = "reference/vocabulary.csv";
    /** Where the build puts the project's {@code jobs/} inside the jar. */
    private static final String BUILT_IN = "jobs/";

    /** One CSV record: the line it ends on (1 is the header) and its cells by header, in header order. */
    public record CsvRow(long line, Map<String, String> cells) {
        public String get(String column) {
            return cells.get(column);
        }

        public String getOrDefault(String column, String otherwise) {
            return cells.getOrDefault(column, otherwise);
        }
    }

    private final Path folder;
    private final String origin;

    private JobsFolder(Path folder, String origin) {
        this.folder = folder == null ? null : folder.toAbsolutePath().normalize();
        this.origin = origin;
    }

    /** A jobs folder on disk. */
    public static JobsFolder at(Path folder) {
        return new JobsFolder(folder, "given");
    }

    /** The defaults the jar carries. */
    public static JobsFolder builtIn() {
        return new JobsFolder(null, "built in");
    }

    /**
     * The jobs folder a command uses: {@code --jobs} where given, else the home folder's {@code jobs/} where
     * {@code init} wrote one, else the defaults in the jar.
     *
     * @param option the {@code --jobs} folder, or null
     * @param home   the home folder, or null for commands that have none
     */
    public static JobsFolder choose(Path option, Path home) {
        if (option != null) {
            return new JobsFolder(option, "--jobs");
        }
        if (home != null && Files.isRegularFile(home.resolve("jobs").resolve(PHASES))) {
            return new JobsFolder(home.resolve("jobs"), "the home folder's copy");
        }
        return builtIn();
    }

    /** Which jobs/ this is, for the operator: {@code /srv/p/jobs (the home folder's copy)}. */
    public String describe() {
        return folder == null ? "the defaults built into the jar (init --home DIR writes an editable copy)" : folder + " (" + origin + ")";
    }

    /** How a file is named in messages: its path on disk, or {@code jobs/<file> (built in)}. */
    public String name(String file) {
        return folder == null ? BUILT_IN + file + " (built in)" : folder.resolve(file).toString();
    }

    /** The file's bytes as a stream. */
    public InputStream open(String file) {
        try {
            if (folder == null) {
                InputStream in = getClass().getClassLoader().getResourceAsStream(BUILT_IN + file);
                if (in == null) {
                    throw new JobsProblem(name(file), 0, "missing: the jar was built without it");
                }
                return in;
            }
            return Files.newInputStream(folder.resolve(file));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new JobsProblem(name(file), 0, "missing", e);
        } catch (IOException e) {
            throw new JobsProblem(name(file), 0, "cannot be read: " + e, e);
        }
    }

    /** The records of a UTF-8 CSV file with a header row (a byte-order mark is allowed). */
    public List<CsvRow> readCsv(String file) {
        try (Reader in = reader(file); CSVReader csv = new CSVReader(in)) {
            String[] header = csv.readNext();
            List<CsvRow> rows = new ArrayList<>();
            if (header == null) {
                throw new JobsProblem(name(file), 1, "empty: a header row is needed");
            }
            header[0] = header[0].replace("\uFEFF", "");
            for (String[] cells = csv.readNext(); cells != null; cells = csv.readNext()) {
                if (cells.length == 1 && cells[0].isBlank()) {
                    continue;
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i].trim(), i < cells.length ? cells[i] : "");
                }
                rows.add(new CsvRow(csv.getLinesRead(), row));
            }
            return rows;
        } catch (CsvMalformedLineException e) {
            throw new JobsProblem(name(file), e.getLineNumber(), "not valid CSV: " + e.getMessage(), e);
        } catch (CsvException e) {
            throw new JobsProblem(name(file), e.getLineNumber(), "not valid CSV: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new JobsProblem(name(file), 0, "cannot be read: " + e, e);
        }
    }

    /** The YAML document of a file as nodes, which keep their line numbers for messages. */
    public Node readYaml(String file) {
        try (Reader in = reader(file)) {
            Node root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(in);
            if (root == null) {
                throw new JobsProblem(name(file), 0, "empty");
            }
            return root;
        } catch (MarkedYAMLException e) {
            long line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new JobsProblem(name(file), line, "not valid YAML: " + e.getProblem(), e);
        } catch (IOException e) {
            throw new JobsProblem(name(file), 0, "cannot be read: " + e, e);
        }
    }

    /**
     * The files the pipeline reads, in a fixed order: what a run's snapshot hashes and what {@code init} copies.
     */
    public List<String> files() {
        List<String> files = new ArrayList<>(List.of(PHASES, INSTRUMENTS));
        for (CsvRow instrument : readCsv(INSTRUMENTS)) {
            files.add(instrumentFile(instrument.get("id").trim()));
        }
        files.addAll(List.of(CHOICES, COUNTRIES, ORGANIZATIONS, VOCABULARY));
        return files;
    }

    /** Copies every file the pipeline reads into {@code target}, which must not hold a jobs folder yet. */
    public void copyTo(Path target) throws IOException {
        for (String file : files()) {
            Path copy = target.resolve(file);
            Files.createDirectories(copy.getParent());
            try (InputStream in = open(file)) {
                Files.copy(in, copy);
            }
        }
    }

    static String instrumentFile(String id) {
        return "codebooks/" + id + ".csv";
    }

    private Reader reader(String file) {
        return new InputStreamReader(open(file), StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return describe();
    }
}
