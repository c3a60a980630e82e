package org.oas.cim.pipeline.inbox;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

/** A home folder in a temporary directory, and real files to put in it. */
final class InboxFixtures {
    static final Set<String> PHASES = Set.of("phase-1", "phase-2", "caribbean");

    final Path inbox;
    final Path processing;
    final Path archive;
    final Path rejected;

    InboxFixtures(Path home) throws IOException {
        inbox = Files.createDirectories(home.resolve("inbox"));
        processing = Files.createDirectories(home.resolve("processing"));
        archive = Files.createDirectories(home.resolve("archive"));
        rejected = Files.createDirectories(home.resolve("rejected"));
    }

    InboxScanner scanner() {
        return new InboxScanner(inbox, PHASES);
    }

    Path put(String relativePath, byte[] bytes) throws IOException {
        Path file = inbox.resolve(relativePath);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    Path put(String relativePath, String text) throws IOException {
        return put(relativePath, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A small questionnaire workbook, as a researcher would send it. */
    static byte[] workbook(String country, String answer) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet("Respuestas");
            sheet.createRow(0).createCell(0).setCellValue("R1. País");
            sheet.getRow(0).createCell(1).setCellValue("P1");
            sheet.createRow(1).createCell(0).setCellValue(country);
            sheet.getRow(1).createCell(1).setCellValue(answer);
            book.write(out);
            return out.toByteArray();
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
