package org.oas.cim.pipeline.inbox;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the files a crash left in processing/: each one's place there is its inbox-relative path, so it is
 * resumed as if it had just been claimed.
 */
public final class Recovery {
    private final InboxScanner processingScanner;

    /** @param phaseIds the study's phase ids, to give back each file's phase hint */
    public Recovery(Path processing, Set<String> phaseIds) {
        this.processingScanner = new InboxScanner(processing, phaseIds);
    }

    /** The claimed files still in processing/, their SHA-256 read again, in inbox-relative path order. */
    public List<ClaimedFile> leftInProcessing() throws IOException {
        List<ClaimedFile> left = new ArrayList<>();
        for (InboxFile file : processingScanner.scan()) {
            FileDigest digest = FileDigest.of(file.path());
            left.add(new ClaimedFile(file.relativePath(), file.phaseHint(), digest.sha256(), digest.size(), file.path()));
        }
        return List.copyOf(left);
    }
}
