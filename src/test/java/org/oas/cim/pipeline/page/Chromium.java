package org.oas.cim.pipeline.page;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's Chromium, headless, loading one file and dumping its DOM, with a network log. Every run has its own
 * profile folder, a hard time limit, and its processes are killed when it ends. Host names resolve to nothing, so
 * that no run reaches the network whatever asks; a request is still logged when it is attempted.
 */
final class Chromium {
    static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final long TIMEOUT_SECONDS = 60;
    /** What the network log says of a request no document started: the browser's own (updates, time, accounts). */
    private static final String BROWSER_INITIATOR = "not an origin";

    /**
     * What one load left behind.
     *
     * @param dom      the DOM as the browser serializes it after loading the page
     * @param requests every URL request of the network log
     */
    record Load(String dom, List<Request> requests) {
        /** The requests the page itself started: any would mean the page is not self-contained. */
        List<Request> byThePage() {
            return requests.stream().filter(r -> !r.initiator().equals(BROWSER_INITIATOR) || r.isolation().contains("file:")).toList();
        }
    }

    /**
     * One request of the network log.
     *
     * @param url       what was asked for
     * @param initiator the origin of the document that started it, or the browser's "not an origin"
     * @param isolation the network isolation key (the site the request was made for)
     */
    record Request(String url, String initiator, String isolation) {
    }

    private Chromium() {
    }

    static boolean installed() {
        return Files.isExecutable(BINARY);
    }

    static Load load(Path page, Path work) throws IOException, InterruptedException {
        Path profile = Files.createDirectories(work.resolve("profile"));
        Path netLog = work.resolve("net.json");
        Path dom = work.resolve("dom.html");
        ProcessBuilder builder = new ProcessBuilder(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--log-net-log=" + netLog, "--host-resolver-rules=MAP * ~NOTFOUND",
                "--dump-dom", page.toUri().toString())
                .redirectOutput(dom.toFile())
                .redirectError(work.resolve("stderr.txt").toFile());
        Process browser = builder.start();
        try {
            if (!browser.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("chromium did not finish within " + TIMEOUT_SECONDS + " s loading " + page);
            }
            if (browser.exitValue() != 0) {
                throw new AssertionError("chromium exited with " + browser.exitValue() + ": " + Files.readString(work.resolve("stderr.txt")));
            }
        } finally {
            browser.descendants().forEach(ProcessHandle::destroyForcibly);
            browser.destroyForcibly();
            browser.waitFor(10, TimeUnit.SECONDS);
        }
        return new Load(Files.readString(dom), requests(netLog));
    }

    /** Every {@code URL_REQUEST_START_JOB} event of a network log: one per request the network stack started. */
    private static List<Request> requests(Path netLog) {
        JsonNode log = JsonMapper.builder().build().readTree(netLog);
        int startJob = log.path("constants").path("logEventTypes").path("URL_REQUEST_START_JOB").asInt(-1);
        if (startJob < 0) {
            throw new AssertionError("the network log names no URL_REQUEST_START_JOB event type: not a network log?");
        }
        List<Request> requests = new ArrayList<>();
        for (JsonNode event : log.path("events").values()) {
            JsonNode params = event.path("params");
            if (event.path("type").asInt() == startJob && params.has("url")) {
                requests.add(new Request(params.path("url").asString(), params.path("initiator").asString(""),
                        params.path("network_isolation_key").asString("")));
            }
        }
        return requests;
    }
}
