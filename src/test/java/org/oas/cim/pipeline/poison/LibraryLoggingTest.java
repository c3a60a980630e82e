package org.oas.cim.pipeline.poison;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.jupiter.api.io.TempDir;
import org.oas.cim.pipeline.report.BadFiles;
import org.oas.cim.pipeline.report.Cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** What POI logs about a hostile workbook (a zip-slip entry name) stays off standard output, where the reports go. */
@ResourceLock(Resources.SYSTEM_OUT)
class LibraryLoggingTest {
    @TempDir
    Path folder;

    @Test
    void poiMessagesAboutAZipSlipNameDoNotReachStandardOutput() throws Exception {
        Path good = BadFiles.good(folder);
        Path slip = folder.resolve("CR_zip_slip.xlsx");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(good)); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(slip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(in.readAllBytes());
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry("../../../../tmp/evil.xml"));
            out.write("<evil/>".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        PrintStream standardOutput = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Cli.Result result;
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            result = Cli.run("validate", slip.toString());
        } finally {
            System.setOut(standardOutput);
        }

        assertThat(result.out()).contains("CR_zip_slip.xlsx");
        assertThat(printed.toString(StandardCharsets.UTF_8)).as("printed on standard output besides the report")
                .doesNotContain("WARN", "ERROR", "DEBUG", "\tat ", "org.apache.poi");
    }
}
