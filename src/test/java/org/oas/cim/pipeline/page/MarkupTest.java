package org.oas.cim.pipeline.page;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MarkupTest {
    @Test
    void textAndAttributesAreEscapedAndANullAttributeIsLeftOut() {
        String written = new Markup().open("g", "data-label", "a<b & \"c\" 'd'", "data-region", null, "x", 12.5)
                .text("<b>&</b>").close("g").toString();
        assertThat(written).isEqualTo("<g data-label=\"a&lt;b &amp; &quot;c&quot; &#39;d&#39;\" x=\"12.5\">&lt;b&gt;&amp;&lt;/b&gt;</g>");
    }

    @Test
    void coordinatesHaveAtMostTwoDecimalsAndNoTrailingZerosAndDecimalsKeepTheirScale() {
        assertThat(Markup.number(40.0)).isEqualTo("40");
        assertThat(Markup.number(12.50)).isEqualTo("12.5");
        assertThat(Markup.number(1.0 / 3)).isEqualTo("0.33");
        assertThat(Markup.number(-0.001)).isEqualTo("0");
        assertThat(new Markup().empty("g", "data-median", new BigDecimal("200.0000")).toString()).isEqualTo("<g data-median=\"200.0000\"/>");
    }

    @Test
    void attributesComeInPairs() {
        assertThatThrownBy(() -> new Markup().open("g", "lonely")).isInstanceOf(IllegalArgumentException.class);
    }
}
