package org.oas.cim.pipeline;

import org.oas.cim.pipeline.cli.InboxCopy;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * The command line that starts the pipeline in a JVM of its own, for the tests that kill, starve or watch a real
 * process. Such a JVM lives seconds: it compiles with C1 only, and maps the classes an earlier start loaded from an
 * archive (class data sharing) instead of loading and verifying them anew, which takes about a quarter off a run of the
 * samples. The archive is made once per test JVM by a run of the samples; it can only hold classes from jars, so the
 * build's class folders are jarred first. Where any of that fails, the children start without it, only slower.
 */
public final class ChildJvm {
    private static final Path SAMPLES = Path.of("input-samples");
    private static Sharing sharing;

    private ChildJvm() {
    }

    /**
     * {@code java}, its options, the class path and the pipeline's main class: the arguments of the command follow.
     *
     * @param maxHeap    the heap option ({@code -Xmx512m})
     * @param jvmOptions further options of the JVM ({@code -Dpipeline.crash-at=N})
     */
    public static List<String> command(String maxHeap, List<String> jvmOptions) {
        Sharing shared = sharing();
        List<String> line = new ArrayList<>(List.of(java(), maxHeap, "-XX:TieredStopAtLevel=1"));
        line.addAll(shared.options());
        line.addAll(jvmOptions);
        line.addAll(List.of("-cp", shared.classPath(), PipelineApplication.class.getName()));
        return line;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static synchronized Sharing sharing() {
        if (sharing == null) {
            sharing = Sharing.make();
        }
        return sharing;
    }

    /** The class path of the children and the options that map the archive (none where it could not be made). */
    private record Sharing(String classPath, List<String> options) {
        static Sharing make() {
            String testClassPath = System.getProperty("java.class.path");
            try {
                Path folder = Files.createTempDirectory("pipeline-child-jvm");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(folder)));
                String classPath = jarredFolders(testClassPath, folder);
                Path archive = folder.resolve("classes.jsa");
                long start = System.nanoTime();
                if (trainingRun(classPath, archive, folder) && Files.isRegularFile(archive)) {
                    System.out.printf("child JVMs map the classes of %s, made in %.1f s%n", archive, (System.nanoTime() - start) / 1e9);
                    return new Sharing(classPath, List.of("-XX:SharedArchiveFile=" + archive));
                }
                System.out.println("child JVMs start without a class data archive: its run of the samples failed");
                return new Sharing(classPath, List.of());
            } catch (IOException | InterruptedException e) {
                System.out.println("child JVMs start without a class data archive: " + e);
                return new Sharing(testClassPath, List.of());
            }
        }

        /** The class path with each folder replaced by a jar of it, in the same order. */
        private static String jarredFolders(String classPath, Path folder) throws IOException {
            List<String> entries = new ArrayList<>();
            int jarred = 0;
            for (String entry : classPath.split(File.pathSeparator)) {
                Path path = Path.of(entry);
                if (Files.isDirectory(path)) {
                    Path jar = folder.resolve("folder-" + ++jarred + ".jar");
                    jar(path, jar);
                    entries.add(jar.toString());
                } else {
                    entries.add(entry);
                }
            }
            return String.join(File.pathSeparator, entries);
        }

        private static void jar(Path classes, Path jar) throws IOException {
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> paths = Files.walk(classes)) {
                for (Path path : paths.filter(p -> !p.equals(classes)).sorted().toList()) {
                    String name = classes.relativize(path).toString().replace(File.separatorChar, '/');
                    // Folders are entries too: Spring's component scan and Flyway find packages and migrations by them.
                    if (Files.isDirectory(path)) {
                        out.putNextEntry(new JarEntry(name + "/"));
                    } else {
                        out.putNextEntry(new JarEntry(name));
                        Files.copy(path, (OutputStream) out);
                    }
                    out.closeEntry();
                }
            }
        }

        /** A run of the samples that writes the classes it loaded to the archive as it exits. */
        private static boolean trainingRun(String classPath, Path archive, Path folder) throws IOException, InterruptedException {
            Path home = folder.resolve("home");
            Files.createDirectories(home.resolve("data"));
            InboxCopy.copy(SAMPLES, home.resolve("inbox"));
            Process run = new ProcessBuilder(java(), "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:ArchiveClassesAtExit=" + archive,
                    "-Dpipeline.pseudonym-key=class-data-archive", "-cp", classPath, PipelineApplication.class.getName(),
                    "run", "--home", home.toString(), "--settle", "100ms")
                    .redirectErrorStream(true).redirectOutput(folder.resolve("training-run.out").toFile()).start();
            if (!run.waitFor(3, TimeUnit.MINUTES)) {
                run.destroyForcibly().waitFor();
                return false;
            }
            deleteTree(home);
            return run.exitValue() == 0;
        }

        /** Deletes what it can: a folder left in the temporary files is no test's failure. */
        private static void deleteTree(Path root) {
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            } catch (IOException e) {
                System.out.println("could not delete " + root + ": " + e);
            }
        }
    }
}
