package org.oas.cim.pipeline.report;

import org.oas.cim.pipeline.inbox.InboxNotice;
import org.oas.cim.pipeline.inbox.InboxScanner;
import org.oas.cim.pipeline.inbox.NoticeBoard;
import org.oas.cim.pipeline.publish.SafeCsvWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The inbox's {@code _notices.csv}: one row per entry the pipeline leaves in the inbox (a link, a pipe, a file it
 * may not read, a hidden name), with why and what to do, in the researchers' language. Written only when it changes,
 * removed when nothing is left; each entry is logged once, when it first appears in it.
 */
final class InboxNoticeFile implements NoticeBoard {
    private static final Logger log = LoggerFactory.getLogger(InboxNoticeFile.class);

    private final Path file;
    private final ReportLabels labels;
    private final Locale language;

    InboxNoticeFile(Path inbox, ReportLabels labels, Locale language) {
        this.file = inbox.resolve(InboxScanner.NOTICES_FILE);
        this.labels = labels;
        this.language = language;
    }

    @Override
    public void post(List<InboxNotice> notices) throws IOException {
        byte[] before = Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
        if (notices.isEmpty()) {
            Files.deleteIfExists(file);
            return;
        }
        byte[] now = render(notices);
        if (Arrays.equals(before, now)) {
            return;
        }
        String earlier = new String(before, java.nio.charset.StandardCharsets.UTF_8);
        for (InboxNotice notice : notices) {
            if (!earlier.contains(notice.relativePath())) {
                log.warn("Left in the inbox: {}", notice);
            }
        }
        // A hidden name: the scanner never takes the half-written copy for a file to claim.
        Path staging = file.resolveSibling("." + InboxScanner.NOTICES_FILE + ".tmp");
        Files.write(staging, now);
        Files.move(staging, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private byte[] render(List<InboxNotice> notices) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (SafeCsvWriter csv = SafeCsvWriter.open(bytes, true, "\r\n")) {
            csv.row(labels.get("inbox-notice.file", language), labels.get("inbox-notice.reason", language),
                    labels.get("inbox-notice.fix", language));
            for (InboxNotice notice : notices) {
                String key = "inbox-notice." + notice.reason().id();
                csv.row(notice.relativePath(), labels.get(key, language), labels.get(key + ".fix", language));
            }
        }
        return bytes.toByteArray();
    }
}
