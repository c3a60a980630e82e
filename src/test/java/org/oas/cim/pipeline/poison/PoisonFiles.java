package org.oas.cim.pipeline.poison;

import org.oas.cim.pipeline.report.BadFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Test helper: small hostile files, each of a kind that once stopped the whole pipeline, and one valid file. */
final class PoisonFiles {
    private PoisonFiles() {
    }

    /** The valid file that must be taken whatever came before it (a sample of phase 1, three respondents). */
    static Path valid(Path phaseFolder) throws IOException {
        Files.createDirectories(phaseFolder);
        return Files.copy(Path.of("input-samples/phase-1/DO_cuestionarios_2002.csv"), phaseFolder.resolve("DO_cuestionarios_2002.csv"));
    }

    /** A good questionnaire under a file name of {@code length} characters (the file system allows 255 bytes). */
    static Path longName(Path phaseFolder, int length) throws IOException {
        Files.createDirectories(phaseFolder);
        String name = "CR_" + "x".repeat(length - "CR_.xlsx".length()) + ".xlsx";
        return BadFiles.xlsx(phaseFolder.resolve(name), "Respuestas", goodRows());
    }

    /** A good questionnaire whose only sheet has a name of {@code length} characters (Excel allows 31; the XML has no limit). */
    static Path longSheetName(Path phaseFolder, int length) throws IOException {
        Files.createDirectories(phaseFolder);
        Path written = BadFiles.xlsx(Files.createTempFile(phaseFolder.getParent(), "sheet", ".xlsx"), "PLACEHOLDER", goodRows());
        Path file = phaseFolder.resolve("CR_long_sheet.xlsx");
        replaceInZip(written, file, "PLACEHOLDER", "R".repeat(length));
        Files.delete(written);
        return file;
    }

    /** A CSV questionnaire with one row of more than a million characters (one huge free-text cell). */
    static Path hugeRow(Path phaseFolder, int cellLength) throws IOException {
        Files.createDirectories(phaseFolder);
        Path file = phaseFolder.resolve("CR_huge_row.csv");
        Files.writeString(file, "País,Organización,Tipo de informante,P1,P6\r\n"
                + "Costa Rica,\"" + "a".repeat(cellLength) + "\",ONG,Sí,50-100\r\n", StandardCharsets.UTF_8);
        return file;
    }

    /**
     * A CSV questionnaire with {@code extraColumns} columns after its questions, each headed by a label no codebook
     * knows: one distinct {@code extra-label} warning per column.
     */
    static Path wideHeader(Path phaseFolder, int extraColumns) throws IOException {
        Files.createDirectories(phaseFolder);
        Path file = phaseFolder.resolve("CR_wide_header.csv");
        // Six items: a questionnaire whatever else its header holds (fewer would be lost among the extra columns).
        StringBuilder header = new StringBuilder("País,Organización,Tipo de informante,P1,P6,L1");
        StringBuilder row = new StringBuilder("Costa Rica,Casa Alianza,ONG,Sí,50-100,No");
        for (int i = 1; i <= extraColumns; i++) {
            header.append(",extra ").append(i);
            row.append(',');
        }
        Files.writeString(file, header + "\r\n" + row + "\r\n", StandardCharsets.UTF_8);
        return file;
    }

    private static String[][] goodRows() {
        return new String[][] {{"País", "Organización", "Tipo de informante", "P1", "P6"}, {"Costa Rica", "Casa Alianza", "ONG", "Sí", "50-100"}};
    }

    private static void replaceInZip(Path source, Path target, String from, String to) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().endsWith(".xml")) {
                    bytes = new String(bytes, StandardCharsets.UTF_8).replace(from, to).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
    }
}
