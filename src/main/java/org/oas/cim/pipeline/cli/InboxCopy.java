package org.oas.cim.pipeline.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;

/**
 * Copies a folder of spreadsheets into the inbox, leaving the source untouched: how {@code --copy-from} runs
 * the pipeline on {@code input-samples}. The folder's own documentation at its top is not copied.
 */
public final class InboxCopy {
    private static final Set<String> DOCUMENTATION = Set.of("README.md", "expected.csv");

    private InboxCopy() {
    }

    /** @return how many files were copied */
    public static int copy(Path source, Path inbox) throws IOException {
        int[] copied = {0};
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Path relative = source.relativize(file);
                if (!attrs.isRegularFile() || (relative.getNameCount() == 1 && DOCUMENTATION.contains(relative.toString()))) {
                    return FileVisitResult.CONTINUE;
                }
                Path target = inbox.resolve(relative.toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                copied[0]++;
                return FileVisitResult.CONTINUE;
            }
        });
        return copied[0];
    }
}
