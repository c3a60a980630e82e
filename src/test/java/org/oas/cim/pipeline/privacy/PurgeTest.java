package org.oas.cim.pipeline.privacy;

import org.oas.cim.pipeline.StoredAnswers;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Purges phase-1 of {@code input-samples} after publishing it: none of its names, contacts or free texts is left in
 * the database file, the home or the logs, trace says so, and the next run publishes the same tables byte for byte.
 */
class PurgeTest {
    private static final Path SAMPLES = Path.of("input-samples");

    @TempDir
    static Path home;
    @TempDir
    static Path movedOriginals;

    /** Every pii value of phase-1's files: names, contacts, positions, free text. */
    private static Set<String> phaseOnePersonal;
    /**
     * Those that name or reach a person (more than one word, or digits, or an e-mail), looked for in raw bytes: H2
     * compresses its pages, and there a single-word position such as {@code Fiscal} shows up inside the agency
     * {@code Fiscalía}, which rightly stays.
     */
    private static Set<String> phaseOneNames;
    private static List<String> namesInTheFileBeforePurge;
    private static Map<String, byte[]> tablesBefore;
    private static HomeFiles.Result purge;
    private static HomeFiles.Result republish;

    @BeforeAll
    static void publishPurgeAndRunAgain() throws Exception {
        phaseOnePersonal = new HashSet<>(SamplePersonalData.under(SAMPLES.resolve("phase-1")));
        try (Stream<Path> files = Files.walk(SAMPLES)) {
            // A value that also appears in another phase's files rightly stays.
            phaseOnePersonal.removeAll(SamplePersonalData.in(files.filter(Files::isRegularFile)
                    .filter(file -> !file.startsWith(SAMPLES.resolve("phase-1"))).toList()));
        }
        phaseOneNames = phaseOnePersonal.stream().filter(value -> value.contains(" ") || value.matches(".*[0-9@].*")).collect(Collectors.toSet());
        assertThat(HomeFiles.command("run", "--home", home.toString(), "--copy-from", SAMPLES.toString(), "--settle", "100ms").exit()).isZero();
        tablesBefore = HomeFiles.publishedTables(home);
        namesInTheFileBeforePurge = HomeFiles.valuesIn(home.resolve("data/pipeline.mv.db"), phaseOneNames);

        purge = HomeFiles.command("purge", "--home", home.toString(), "--phase", "phase-1");
        republish = HomeFiles.command("run", "--home", home.toString(), "--phase", "phase-1", "--settle", "100ms");
    }

    @Test
    void noNameContactOrFreeTextOfThePhaseIsLeftInTheHome() throws Exception {
        assertThat(phaseOneNames).as("phase-1's samples hold names, contacts and free text to look for").hasSizeGreaterThan(10);
        assertThat(namesInTheFileBeforePurge).as("before the purge the raw rows held them").isNotEmpty();
        assertThat(purge.exit()).as(purge.err()).isZero();
        assertThat(purge.out()).contains("Purged phase phase-1").contains("Compacted the database file");
        try (Stream<Path> files = Files.walk(home)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(HomeFiles.valuesIn(file, phaseOneNames)).as("personal data of phase-1 in %s", home.relativize(file)).isEmpty();
            }
        }
        String everyText = everyTextInTheDatabase();
        assertThat(phaseOnePersonal.stream().filter(value -> SamplePersonalData.wholeWord(value).matcher(everyText).find()))
                .as("personal data of phase-1 in any text column").isEmpty();
    }

    /** Every text value of every table, and every stored answer, one per line. */
    private static String everyTextInTheDatabase() throws Exception {
        StringBuilder text = new StringBuilder();
        try (Connection db = database()) {
            List<String[]> columns = new ArrayList<>();
            try (ResultSet rs = db.createStatement().executeQuery("SELECT table_name, column_name FROM information_schema.columns "
                    + "WHERE table_schema = 'PUBLIC' AND data_type IN ('CHARACTER VARYING', 'CHARACTER LARGE OBJECT')")) {
                while (rs.next()) {
                    columns.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            assertThat(columns).extracting(c -> c[0]).contains("RAW_ROW", "ISSUE", "RESPONDENT");
            StoredAnswers.of(db, "SELECT answers FROM respondent").forEach(answer -> text.append(answer.line()).append('\n'));
            for (String[] column : columns) {
                try (ResultSet rs = db.createStatement().executeQuery("SELECT \"" + column[1] + "\" FROM \"" + column[0] + "\"")) {
                    while (rs.next()) {
                        text.append(rs.getString(1)).append('\n');
                    }
                }
            }
        }
        return text.toString();
    }

    private static Connection database() throws Exception {
        return DriverManager.getConnection("jdbc:h2:file:" + home.resolve("data/pipeline") + ";IFEXISTS=TRUE", "sa", "");
    }

    @Test
    void theOriginalFilesAreGoneTheirReportsStay() throws Exception {
        assertThat(purge.exit()).as(purge.err()).isZero();
        for (String folder : List.of("archive/phase-1", "rejected/phase-1")) {
            try (Stream<Path> files = Files.walk(home.resolve(folder))) {
                assertThat(files.filter(Files::isRegularFile).map(file -> file.getFileName().toString()))
                        .isNotEmpty().allMatch(name -> name.endsWith(".report.csv") || name.endsWith(".report.html"));
            }
        }
        assertThat(home.resolve("archive/phase-2/MX_cuestionarios_2005.xlsx")).as("another phase's file").exists();
    }

    @Test
    void theNextRunPublishesTheSameTablesByteForByte() throws Exception {
        assertThat(republish.exit()).as(republish.err()).isZero();
        assertThat(republish.out()).doesNotContain("Nothing new");
        Map<String, byte[]> tables = HomeFiles.publishedTables(home);
        assertThat(tables.keySet()).isEqualTo(tablesBefore.keySet()).anyMatch(name -> name.startsWith("phase-1/"));
        tables.forEach((name, bytes) -> assertThat(bytes).as(name).isEqualTo(tablesBefore.get(name)));
    }

    @Test
    void traceSaysThePhaseWasPurgedAndThePurgeIsRecorded() throws Exception {
        HomeFiles.Result trace = HomeFiles.command("trace", "--home", home.toString(), "--phase", "phase-1", "--country", "CR", "--indicator", "P1");
        assertThat(trace.exit()).as(trace.err()).isZero();
        assertThat(trace.out()).contains("CR_cuestionarios_2002.xlsx").contains("Purged on").contains("by " + System.getProperty("user.name"));
        try (Connection db = database();
             ResultSet rs = db.createStatement().executeQuery("SELECT phase, purged_by, files, cells_removed, originals FROM data_purge")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("phase")).isEqualTo("phase-1");
            assertThat(rs.getString("purged_by")).isEqualTo(System.getProperty("user.name"));
            assertThat(rs.getInt("files")).as("phase-1's 16 files").isEqualTo(16);
            assertThat(rs.getInt("cells_removed")).isPositive();
            assertThat(rs.getString("originals")).isEqualTo("DELETED");
        }
    }

    @Test
    void anotherPhaseCanKeepItsOriginalsOutsideTheHomeAndAnUnpublishedOneIsRefused() throws Exception {
        HomeFiles.Result moved = HomeFiles.command("purge", "--home", home.toString(), "--phase", "caribbean",
                "--move-originals-to", movedOriginals.toString());
        assertThat(moved.exit()).as(moved.err()).isZero();
        assertThat(movedOriginals.resolve("archive/caribbean/SR_vragenlijsten_2005.xlsx")).hasSameBinaryContentAs(SAMPLES.resolve("caribbean/SR_vragenlijsten_2005.xlsx"));
        assertThat(home.resolve("archive/caribbean/SR_vragenlijsten_2005.xlsx")).doesNotExist();

        HomeFiles.Result again = HomeFiles.command("purge", "--home", home.toString(), "--phase", "caribbean");
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains("no personal data left to purge");

        HomeFiles.Result unpublished = HomeFiles.command("purge", "--home", home.toString(), "--phase", "phase-9");
        assertThat(unpublished.exit()).isEqualTo(1);
        assertThat(unpublished.err()).contains("has not been published");
    }
}
