package org.oas.cim.pipeline.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The encoding of a text file: a byte-order mark says it (UTF-8, or UTF-16 as Excel's "Unicode text" is
 * written); without one, the file is UTF-8 if every byte of it decodes as UTF-8. Else it is Windows-1252, which is
 * what Excel writes as "CSV" on Spanish and Portuguese Windows, only where that reads the whole file cleanly: every
 * byte defined there, and no valid UTF-8 sequence of two or more bytes anywhere (which would turn an {@code ñ} into
 * {@code Ã±}). Otherwise it is UTF-8 with a few bytes broken: read as UTF-8, each such byte replaced, and said so.
 *
 * @param charset       the encoding
 * @param bomLength     bytes of byte-order mark to skip before the text
 * @param replacedFrom  where the file is read as UTF-8 with bytes replaced: the line of the first such byte; else 0
 */
record TextEncoding(Charset charset, int bomLength, int replacedFrom) {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The five bytes Windows-1252 leaves undefined. */
    private static final String UNDEFINED_IN_1252 = "\u0081\u008D\u008F\u0090\u009D";

    static TextEncoding detect(Path file) throws IOException {
        byte[] head = new byte[3];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        }
        if (read >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return new TextEncoding(StandardCharsets.UTF_8, 3, 0);
        }
        if (read >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new TextEncoding(StandardCharsets.UTF_16LE, 2, 0);
        }
        if (read >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new TextEncoding(StandardCharsets.UTF_16BE, 2, 0);
        }
        Bytes bytes = Bytes.scan(file);
        if (bytes.firstBadLine() == 0) {
            return new TextEncoding(StandardCharsets.UTF_8, 0, 0);
        }
        if (!bytes.utf8Sequences() && !bytes.undefinedIn1252()) {
            return new TextEncoding(WINDOWS_1252, 0, 0);
        }
        return new TextEncoding(StandardCharsets.UTF_8, 0, bytes.firstBadLine());
    }

    /** A decoder that never fails: a stray byte becomes U+FFFD rather than rejecting the file. */
    CharsetDecoder decoder() {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
    }

    /**
     * What one pass over a file's bytes shows: the line of the first byte that is not UTF-8 (0 where all are),
     * whether any sequence of two or more bytes is valid UTF-8, whether any byte is undefined in Windows-1252. The
     * whole file is read, in a buffer: one accented name on the last line decides the encoding.
     */
    private record Bytes(int firstBadLine, boolean utf8Sequences, boolean undefinedIn1252) {
        static Bytes scan(Path file) throws IOException {
            int line = 1;
            int firstBad = 0;
            int continuations = 0;
            boolean sequences = false;
            boolean undefined = false;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
                for (int b = in.read(); b >= 0; b = in.read()) {
                    undefined |= UNDEFINED_IN_1252.indexOf(b) >= 0;
                    if (continuations > 0) {
                        if ((b & 0xC0) == 0x80) {
                            sequences |= --continuations == 0;
                            continue;
                        }
                        firstBad = firstBad == 0 ? line : firstBad;
                        continuations = 0;
                    }
                    if (b == '\n') {
                        line++;
                    } else if (b >= 0xC2 && b <= 0xDF) {
                        continuations = 1;
                    } else if (b >= 0xE0 && b <= 0xEF) {
                        continuations = 2;
                    } else if (b >= 0xF0 && b <= 0xF4) {
                        continuations = 3;
                    } else if (b >= 0x80) {
                        firstBad = firstBad == 0 ? line : firstBad;
                    }
                }
            }
            if (continuations > 0 && firstBad == 0) {
                firstBad = line;
            }
            return new Bytes(firstBad, sequences, undefined);
        }
    }
}
