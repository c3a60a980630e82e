package org.oas.cim.pipeline.analysis;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SideThreadTest {
    @Test
    void givesWhatTheThreadFoundOnItsOwnThread() throws Exception {
        SideThread<String> side = SideThread.start("side-test", () -> Thread.currentThread().getName());

        assertThat(side.result()).isEqualTo("side-test");
    }

    @Test
    void throwsWhatTheThreadThrewAsItWas() {
        IOException unreadable = new IOException("unreadable");
        OutOfMemoryError starved = new OutOfMemoryError("starved");

        assertThatThrownBy(() -> SideThread.start("side-test", () -> {
            throw unreadable;
        }).result()).isSameAs(unreadable);
        assertThatThrownBy(() -> SideThread.start("side-test", () -> {
            throw starved;
        }).result()).isSameAs(starved);
    }

    @Test
    void awaitsTheEndOfTheThread() throws Exception {
        AtomicBoolean ended = new AtomicBoolean();
        SideThread<Boolean> side = SideThread.start("side-test", () -> {
            Thread.sleep(200);
            ended.set(true);
            return true;
        });

        side.awaitEnd();

        assertThat(ended).isTrue();
    }
}
