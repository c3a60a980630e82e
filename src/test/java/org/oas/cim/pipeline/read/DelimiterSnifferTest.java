package org.oas.cim.pipeline.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DelimiterSnifferTest {
    @Test
    void theDelimiterGivingTheMostConsistentColumnCountWins() {
        assertThat(DelimiterSniffer.detect("a,b;c\nd,e;f\ng;h,i,j\n", true, ',')).isEqualTo(';');
        assertThat(DelimiterSniffer.detect("a\tb\tc\nd\te\tf\n", true, ',')).isEqualTo('\t');
    }

    @Test
    void delimitersInsideQuotesDoNotCount() {
        assertThat(DelimiterSniffer.detect("\"a;b;c\",d\n\"e;f\",g\n\"h\",i\n", true, ';')).isEqualTo(',');
    }

    @Test
    void titleRowsAboveTheHeaderDoNotDecide() {
        assertThat(DelimiterSniffer.detect("Encuesta, 2002\nP1;P2;P3\n1;2;3\n4;5;6\n", true, ',')).isEqualTo(';');
    }

    @Test
    void equallyConsistentDelimitersAreDecidedByTheLargerColumnCount() {
        assertThat(DelimiterSniffer.detect("a, b;c;d;e\nf, g;h;i;j\n", true, ',')).isEqualTo(';');
    }

    @Test
    void withoutAnyDelimiterTheFallbackIsUsed() {
        assertThat(DelimiterSniffer.detect("uno\ndos\n", true, '\t')).isEqualTo('\t');
    }

    @Test
    void aRecordCutOffByTheEndOfAPartialSampleIsLeftOut() {
        assertThat(DelimiterSniffer.fieldCounts("a,b\nc,d\n\"e,f", false, ',')).containsExactly(2, 2);
        assertThat(DelimiterSniffer.fieldCounts("a,b\nc,d,e", false, ',')).containsExactly(2);
        assertThat(DelimiterSniffer.fieldCounts("a,b\nc,d,e", true, ',')).containsExactly(2, 3);
    }

    @Test
    void quotedLineBreaksStayInsideTheirRecord() {
        assertThat(DelimiterSniffer.fieldCounts("a,\"b\nc\",d\r\ne,f,g\r\n", true, ',')).containsExactly(3, 3);
    }
}
