package org.oas.cim.pipeline.ingest;

import org.oas.cim.pipeline.normalize.Value;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A respondent's answers as the {@code respondent.answers} column holds them: all of them in one value, the one place
 * that knows its layout, for the stores that write answers and those that read them. Missing values and free text
 * are never stored as answers.
 *
 * <p>Why one value per respondent and not a row per answer: a respondent has about twenty answers, and a row costs the
 * database its index entries and, on H2, a second write of each at commit; ingest spent half its time storing answer
 * rows, and they were most of the database's size. Every reader wants either one item of many respondents (the
 * analysis, which skips the others' bytes without decoding them) or all of one respondent's answers (microdata,
 * evidence, purge).
 *
 * <p>Layout: a format byte, then each answer as its length in bytes and its content: item code, value kind, the
 * value, and the cell it came from (the respondent's sheet is its sheet). Numbers are variable-length (zigzag), texts
 * are UTF-8 after their length.
 *
 * <p>An answer is named by an id made of its respondent's id and its position among the respondent's answers
 * ({@link #answerId}): the key the evidence of a finding keeps.
 */
public final class PackedAnswers {
    private static final int FORMAT = 1;
    /** More answers than a respondent can have (instruments have a few dozen items): an answer id's position part. */
    private static final int POSITIONS = 1000;

    private static final byte UNKNOWN = 0;
    private static final byte CODE = 1;
    private static final byte CODES = 2;
    private static final byte INTERVAL = 3;
    private static final byte COUNT = 4;
    private static final byte DATE = 5;

    private PackedAnswers() {
    }

    /**
     * One stored answer.
     *
     * @param position its place among its respondent's answers, from 0
     * @param cellRef  the cell it came from, on its respondent's sheet ({@code D17})
     */
    public record Answer(int position, String itemCode, Value value, String cellRef) {
    }

    /** Whether a value is stored as an answer at all. */
    static boolean isStored(Value value) {
        return !(value instanceof Value.Missing) && !(value instanceof Value.Text);
    }

    /** The id of a respondent's answer at a position: the evidence's key to it. */
    public static long answerId(long respondentId, int position) {
        return respondentId * POSITIONS + position;
    }

    /** The respondent an answer id belongs to. */
    public static long respondentOf(long answerId) {
        return answerId / POSITIONS;
    }

    /** The position among its respondent's answers of the answer an id names. */
    public static int positionOf(long answerId) {
        return (int) (answerId % POSITIONS);
    }

    /** The SQL expression of the respondent id within an answer id held in {@code column}. */
    public static String respondentOfSql(String column) {
        return "(" + column + " / " + POSITIONS + ")";
    }

    /** Answers in the order given: each one's position must be its place in the list. */
    public static byte[] pack(List<Answer> answers) {
        if (answers.size() > POSITIONS) {
            throw new IllegalArgumentException("a respondent cannot have more than " + POSITIONS + " answers: " + answers.size());
        }
        Writer out = new Writer();
        out.bytes.write(FORMAT);
        Writer entry = new Writer();
        for (int position = 0; position < answers.size(); position++) {
            Answer answer = answers.get(position);
            if (answer.position() != position) {
                throw new IllegalArgumentException("answer " + answer.itemCode() + " given at place " + position + " says "
                        + answer.position());
            }
            entry.bytes.reset();
            entry.text(answer.itemCode());
            entry.value(answer.value());
            entry.text(answer.cellRef());
            out.number(entry.bytes.size());
            out.bytes.write(entry.bytes.toByteArray(), 0, entry.bytes.size());
        }
        return out.bytes.toByteArray();
    }

    /** Every answer, in stored order (none where {@code packed} is null: a respondent without answers). */
    public static List<Answer> unpack(byte[] packed) {
        return unpack(packed, null);
    }

    /**
     * The answers to some items, in stored order; the others' bytes are skipped, not decoded.
     *
     * @param wanted the items wanted, or null for all
     */
    public static List<Answer> unpack(byte[] packed, ItemCodes wanted) {
        List<Answer> answers = new ArrayList<>();
        if (packed == null) {
            return answers;
        }
        Reader in = reader(packed);
        for (int position = 0; in.at < packed.length; position++) {
            int length = (int) in.number();
            int end = in.at + length;
            if (wanted == null || in.nextTextIsOneOf(wanted.utf8)) {
                answers.add(new Answer(position, in.text(), in.value(), in.text()));
            }
            in.at = end;
        }
        return answers;
    }

    /** Item codes as the stored answers spell them, to pick answers by without decoding the others: made once per read. */
    public static final class ItemCodes {
        private final byte[][] utf8;

        private ItemCodes(byte[][] utf8) {
            this.utf8 = utf8;
        }

        public static ItemCodes of(Set<String> codes) {
            return new ItemCodes(codes.stream().map(code -> code.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new));
        }
    }

    /**
     * Answer ids in one value (the answers behind a finding): each as its difference from the one before, so that the
     * ids of neighbouring respondents take two or three bytes each.
     *
     * @param answerIds in ascending order
     */
    public static byte[] packIds(List<Long> answerIds) {
        Writer out = new Writer();
        long previous = 0;
        for (long id : answerIds) {
            if (id < previous) {
                throw new IllegalArgumentException("answer ids must ascend: " + id + " after " + previous);
            }
            out.number(id - previous);
            previous = id;
        }
        return out.bytes.toByteArray();
    }

    /** The answer ids {@link #packIds} packed, in ascending order. */
    public static long[] unpackIds(byte[] packed, int count) {
        long[] ids = new long[count];
        Reader in = new Reader(packed, 0);
        long previous = 0;
        for (int i = 0; i < count; i++) {
            previous += in.number();
            ids[i] = previous;
        }
        return ids;
    }

    /** The answer at a position (as {@link #positionOf} gives it); those before it are skipped, not decoded. */
    public static Answer at(byte[] packed, int position) {
        Reader in = reader(packed);
        for (int skipped = 0; skipped < position && in.at < packed.length; skipped++) {
            int length = (int) in.number();
            in.at += length;
        }
        if (in.at >= packed.length) {
            throw new IllegalArgumentException("no answer at position " + position);
        }
        in.number();
        return new Answer(position, in.text(), in.value(), in.text());
    }

    private static Reader reader(byte[] packed) {
        if (packed[0] != FORMAT) {
            throw new IllegalStateException("answers stored in an unknown format: " + packed[0]);
        }
        return new Reader(packed, 1);
    }

    private static final class Writer {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);

        void number(long value) {
            long zigzag = (value << 1) ^ (value >> 63);
            while ((zigzag & ~0x7FL) != 0) {
                bytes.write((int) ((zigzag & 0x7F) | 0x80));
                zigzag >>>= 7;
            }
            bytes.write((int) zigzag);
        }

        void text(String text) {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            number(utf8.length);
            bytes.write(utf8, 0, utf8.length);
        }

        void optionalText(String text) {
            bytes.write(text == null ? 0 : 1);
            if (text != null) {
                text(text);
            }
        }

        void value(Value value) {
            if (value instanceof Value.Unknown) {
                bytes.write(UNKNOWN);
            } else if (value instanceof Value.Code code) {
                bytes.write(CODE);
                text(code.code());
            } else if (value instanceof Value.Codes codes) {
                bytes.write(CODES);
                number(codes.codes().size());
                codes.codes().forEach(this::text);
                optionalText(codes.otherNote());
            } else if (value instanceof Value.Interval interval) {
                bytes.write(INTERVAL);
                number(interval.low());
                bytes.write((interval.high() == null ? 0 : 1) | (interval.approximate() ? 2 : 0));
                if (interval.high() != null) {
                    number(interval.high());
                }
            } else if (value instanceof Value.Count count) {
                bytes.write(COUNT);
                number(count.value());
            } else if (value instanceof Value.DateValue date) {
                bytes.write(DATE);
                number(date.date().toEpochDay());
                bytes.write(date.monthPrecision() ? 1 : 0);
            } else {
                throw new IllegalArgumentException("not a stored answer: " + value.kind());
            }
        }
    }

    private static final class Reader {
        final byte[] bytes;
        int at;

        Reader(byte[] bytes, int at) {
            this.bytes = bytes;
            this.at = at;
        }

        long number() {
            long zigzag = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = bytes[at++];
                zigzag |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return (zigzag >>> 1) ^ -(zigzag & 1);
                }
            }
        }

        String text() {
            int length = (int) number();
            String text = new String(bytes, at, length, StandardCharsets.UTF_8);
            at += length;
            return text;
        }

        String optionalText() {
            return bytes[at++] == 0 ? null : text();
        }

        /** Whether the text at this point is one of some UTF-8 texts, without decoding it or moving past it. */
        boolean nextTextIsOneOf(byte[][] texts) {
            int start = at;
            int length = (int) number();
            int content = at;
            at = start;
            for (byte[] text : texts) {
                if (Arrays.equals(bytes, content, content + length, text, 0, text.length)) {
                    return true;
                }
            }
            return false;
        }

        Value value() {
            byte kind = bytes[at++];
            return switch (kind) {
                case UNKNOWN -> new Value.Unknown();
                case CODE -> new Value.Code(text());
                case CODES -> {
                    int count = (int) number();
                    List<String> codes = new ArrayList<>(count);
                    for (int i = 0; i < count; i++) {
                        codes.add(text());
                    }
                    yield new Value.Codes(codes, optionalText());
                }
                case INTERVAL -> {
                    long low = number();
                    byte flags = bytes[at++];
                    Long high = (flags & 1) != 0 ? number() : null;
                    yield new Value.Interval(low, high, (flags & 2) != 0);
                }
                case COUNT -> new Value.Count(number());
                case DATE -> new Value.DateValue(LocalDate.ofEpochDay(number()), bytes[at++] == 1);
                default -> throw new IllegalStateException("unknown value kind in stored answers: " + kind);
            };
        }
    }
}
