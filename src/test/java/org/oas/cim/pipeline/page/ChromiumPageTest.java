package org.oas.cim.pipeline.page;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oas.cim.pipeline.publish.Table;
import org.oas.cim.pipeline.verify.Status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.oas.cim.pipeline.page.PageFixture.named;
import static org.oas.cim.pipeline.page.PageFixture.rows;

/**
 * A real browser opens the page from disk: the DOM it builds holds one mark per table row in each chart, and its
 * network log shows that the page asked for nothing. A control page with one remote image proves that the log
 * would show it. Without Chromium the test is skipped, except on CI (variable {@code CI} set), where it fails.
 */
class ChromiumPageTest {
    private static final List<Table> TABLES = PageFixture.tables("en");

    @BeforeEach
    void chromiumIsThere() {
        if (Chromium.installed()) {
            return;
        }
        String missing = Chromium.BINARY + " is missing: install Debian's chromium (apt-get install -y chromium)";
        if (System.getenv("CI") != null) {
            fail(missing + "; CI is set, so the browser test may not be skipped");
        }
        Assumptions.abort(missing + "; skipped outside CI");
    }

    @Test
    void theBrowsersDomHoldsOneMarkPerTableRowInEveryChart(@TempDir Path work) throws Exception {
        Chromium.Load load = Chromium.load(write(work, AnalystPage.render(PageFixture.PHASE_1, TABLES, "en")), work);

        List<Map<String, String>> statuses = Marks.of(load.dom(), "status");
        assertThat(statuses.stream().map(m -> m.get("data-country") + " " + m.get("data-indicator") + " " + m.get("data-status")).sorted())
                .containsExactlyElementsOf(rows(named(TABLES, "indicators")).stream()
                        .map(r -> r.get("country") + " " + r.get("indicator") + " " + status(r)).sorted().toList());
        assertThat(Marks.of(load.dom(), "estimate").stream().map(m -> m.get("data-country") + " " + m.get("data-indicator") + " " + m.get("data-median")))
                .containsExactlyInAnyOrderElementsOf(rows(named(TABLES, "estimates")).stream()
                        .map(r -> r.get("country") + " " + r.get("indicator") + " " + (r.get("median") == null ? null : r.get("median").toString())).toList());
        assertThat(Marks.of(load.dom(), "option").stream().map(m -> m.get("data-country") + " " + m.get("data-indicator") + " " + m.get("data-option")))
                .containsExactlyInAnyOrderElementsOf(rows(named(TABLES, "options")).stream()
                        .map(r -> r.get("country") + " " + r.get("indicator") + " " + r.get("option")).toList());
        assertThat(Marks.of(load.dom(), "reliability")).hasSize(3 * named(TABLES, "reliability").rows().size());
        assertThat(Marks.tags(load.dom()).stream().filter(t -> t.get("<element>").equals("svg")))
                .hasSize(Marks.tags(AnalystPage.render(PageFixture.PHASE_1, TABLES, "en")).stream().filter(t -> t.get("<element>").equals("svg")).toList().size())
                .allSatisfy(svg -> assertThat(svg).containsEntry("role", "img"));
        assertThat(load.requests()).as("the network log was written and read").isNotNull();
        assertThat(load.byThePage()).as("requests the page made").isEmpty();
    }

    @Test
    void theNetworkLogWouldShowAPageThatFetchedSomething(@TempDir Path work) throws Exception {
        String control = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>control</title></head>"
                + "<body><img alt=\"\" src=\"http://canary.invalid/pixel.png\"></body></html>";
        Chromium.Load load = Chromium.load(write(work, control), work);
        assertThat(load.byThePage()).extracting(Chromium.Request::url).containsExactly("http://canary.invalid/pixel.png");
    }

    private static Path write(Path work, String html) throws Exception {
        return Files.writeString(work.resolve("report.html"), html);
    }

    private static String status(Map<String, Object> row) {
        return row.get("status") == null ? "SUPPRESSED" : ((Status) row.get("status")).name();
    }
}
