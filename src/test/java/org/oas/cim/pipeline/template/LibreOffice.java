package org.oas.cim.pipeline.template;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Opens files in LibreOffice and saves them again as .xlsx, as a researcher using LibreOffice would. */
final class LibreOffice {
    static final Path SOFFICE = Path.of("/usr/bin/soffice");

    private LibreOffice() {
    }

    static boolean installed() {
        return Files.isExecutable(SOFFICE);
    }

    /** The files saved again by LibreOffice into {@code outDir}, same names; a private profile so that runs never collide. */
    static List<Path> resave(List<Path> files, Path outDir, Path profile) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(SOFFICE.toString(), "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--norestore", "--convert-to", "xlsx", "--outdir", outDir.toString()));
        files.forEach(file -> command.add(file.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(outDir.resolve("soffice.log").toFile()).start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException("LibreOffice did not finish in 3 minutes");
        }
        List<Path> saved = files.stream().map(file -> outDir.resolve(file.getFileName())).toList();
        for (Path file : saved) {
            if (!Files.isRegularFile(file)) {
                throw new IOException("LibreOffice did not write " + file + ": " + Files.readString(outDir.resolve("soffice.log")));
            }
        }
        return saved;
    }
}
