package org.oas.cim.pipeline.verify;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class VerificationSettingsTest {
    @Test
    void defaultsAreTheSpecsFactorTwoOneStepAndThreeMads() {
        assertThat(VerificationSettings.defaults()).isEqualTo(new VerificationSettings(2.0, 1, 3.0));
    }

    @Test
    void thresholdsThatCannotMeanAnythingAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new VerificationSettings(0.5, 1, 3));
        assertThatIllegalArgumentException().isThrownBy(() -> new VerificationSettings(Double.NaN, 1, 3));
        assertThatIllegalArgumentException().isThrownBy(() -> new VerificationSettings(2, -1, 3));
        assertThatIllegalArgumentException().isThrownBy(() -> new VerificationSettings(2, 1, 0));
    }
}
