package org.oas.cim.pipeline.analysis;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The evidence rows of one finding kept in a temporary file, to be listed again under the findings that share its
 * answers (the options of one item) without the database reading and sorting them once per option. A file, not a
 * list: a finding may stand on a whole country's answers to an item. It lives in the folder given (the home's {@code tmp/},
 * private to the pipeline's account) and is deleted on close.
 */
final class EvidenceReplay implements AutoCloseable {
    private final Path folder;
    private Path file;
    private DataOutputStream out;

    EvidenceReplay(Path folder) {
        this.folder = folder;
    }

    /** Forgets what was kept: the rows added next are a new finding's. */
    void restart() {
        try {
            closeOutput();
            if (file == null) {
                file = Files.createTempFile(folder, ".evidence-", ".tmp");
            }
            out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps a row's cells (none of them null). */
    void add(String[] cells) {
        try {
            out.writeInt(cells.length);
            for (String cell : cells) {
                // Length and bytes rather than writeUTF, which refuses a cell past 64 KB.
                byte[] bytes = cell.getBytes(StandardCharsets.UTF_8);
                out.writeInt(bytes.length);
                out.write(bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Hands each kept row to {@code row}, in the order added. */
    void forEach(Consumer<String[]> row) {
        try {
            out.flush();
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
                while (true) {
                    int length;
                    try {
                        length = in.readInt();
                    } catch (EOFException end) {
                        return;
                    }
                    String[] cells = new String[length];
                    for (int i = 0; i < length; i++) {
                        cells[i] = new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
                    }
                    row.accept(cells);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            closeOutput();
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeOutput() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
    }
}
