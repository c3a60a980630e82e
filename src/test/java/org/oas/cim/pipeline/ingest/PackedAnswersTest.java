package org.oas.cim.pipeline.ingest;

import org.junit.jupiter.api.Test;
import org.oas.cim.pipeline.normalize.Value;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A respondent's answers read back from their stored bytes exactly as given, every kind of value and text included. */
class PackedAnswersTest {
    private static final List<PackedAnswers.Answer> EVERY_KIND = List.of(
            new PackedAnswers.Answer(0, "P1", new Value.Code("yes"), "B2"),
            new PackedAnswers.Answer(1, "P3", new Value.Codes(List.of("police", "ngo"), "la iglesia \u001f ñandú \\ 漢字 🙂"), "AA17"),
            new PackedAnswers.Answer(2, "P4", new Value.Codes(List.of(), null), "C2"),
            new PackedAnswers.Answer(3, "P5", new Value.Interval(200, null, true), "D2"),
            new PackedAnswers.Answer(4, "P6", new Value.Interval(-3, 5_000_000_000L, false), "E2"),
            new PackedAnswers.Answer(5, "P7", new Value.Count(Long.MAX_VALUE), "F2"),
            new PackedAnswers.Answer(6, "P8", new Value.Count(Long.MIN_VALUE), "G2"),
            new PackedAnswers.Answer(7, "R7", new Value.DateValue(LocalDate.of(2002, 3, 1), true), "H2"),
            new PackedAnswers.Answer(8, "I7", new Value.DateValue(LocalDate.of(1899, 12, 31), false), "I2"),
            new PackedAnswers.Answer(9, "P9", new Value.Unknown(), "XFD1048576"));

    @Test
    void everyKindOfValueComesBackAsItWasGiven() {
        assertThat(PackedAnswers.unpack(PackedAnswers.pack(EVERY_KIND))).isEqualTo(EVERY_KIND);
    }

    @Test
    void askedForSomeItemsItGivesThoseWithTheirPlacesAndSkipsTheRest() {
        byte[] packed = PackedAnswers.pack(EVERY_KIND);

        assertThat(PackedAnswers.unpack(packed, PackedAnswers.ItemCodes.of(Set.of("P8", "P3", "Z1"))))
                .containsExactly(EVERY_KIND.get(1), EVERY_KIND.get(6));
        // A code that only begins like a stored one is another item.
        assertThat(PackedAnswers.unpack(packed, PackedAnswers.ItemCodes.of(Set.of("P")))).isEmpty();
        assertThat(PackedAnswers.unpack(null, PackedAnswers.ItemCodes.of(Set.of("P1")))).isEmpty();
    }

    @Test
    void anAnswerIsFoundByItsPlace() {
        byte[] packed = PackedAnswers.pack(EVERY_KIND);

        for (PackedAnswers.Answer answer : EVERY_KIND) {
            assertThat(PackedAnswers.at(packed, answer.position())).isEqualTo(answer);
        }
        assertThatThrownBy(() -> PackedAnswers.at(packed, EVERY_KIND.size())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAnswersIdNamesItsRespondentAndItsPlace() {
        long id = PackedAnswers.answerId(123_456_789_012L, 17);

        assertThat(PackedAnswers.respondentOf(id)).isEqualTo(123_456_789_012L);
        assertThat(PackedAnswers.positionOf(id)).isEqualTo(17);
        assertThat(PackedAnswers.answerId(2, 0)).isGreaterThan(PackedAnswers.answerId(1, 999));
    }

    @Test
    void aFindingsAnswerIdsComeBackInOrder() {
        List<Long> ids = List.of(1_000L, 1_001L, 1_002L, 2_000L, 5_000_000_017L, 5_000_001_000L);
        byte[] packed = PackedAnswers.packIds(ids);

        assertThat(PackedAnswers.unpackIds(packed, ids.size())).containsExactly(1_000L, 1_001L, 1_002L, 2_000L, 5_000_000_017L,
                5_000_001_000L);
        assertThat(packed.length).as("neighbours take a byte or two each").isLessThan(2 * ids.size() + 8);
        assertThatThrownBy(() -> PackedAnswers.packIds(List.of(2L, 1L))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void moreAnswersThanAnIdCanNameAreRefused() {
        List<PackedAnswers.Answer> answers = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            answers.add(new PackedAnswers.Answer(i, "P" + i, new Value.Unknown(), "A1"));
        }

        assertThatThrownBy(() -> PackedAnswers.pack(answers)).isInstanceOf(IllegalArgumentException.class);
        assertThat(PackedAnswers.unpack(PackedAnswers.pack(answers.subList(0, 1000)))).hasSize(1000);
    }

    @Test
    void anAnswerOutOfItsPlaceIsRefused() {
        List<PackedAnswers.Answer> swapped = List.of(EVERY_KIND.get(1), EVERY_KIND.get(0));

        assertThatThrownBy(() -> PackedAnswers.pack(swapped)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void freeTextIsNotAnAnswer() {
        assertThat(PackedAnswers.isStored(new Value.Text("Ana Pérez"))).isFalse();
        assertThat(PackedAnswers.isStored(new Value.Missing())).isFalse();
        assertThat(PackedAnswers.isStored(new Value.Unknown())).isTrue();
    }
}
