package org.oas.cim.pipeline.privacy;

import org.oas.cim.pipeline.codebook.Codebook;
import org.oas.cim.pipeline.codebook.Instrument;
import org.oas.cim.pipeline.codebook.Item;
import org.oas.cim.pipeline.schedule.LockNames;
import org.oas.cim.pipeline.schedule.PipelineLock;
import org.oas.cim.pipeline.system.FileModes;
import org.oas.cim.pipeline.system.HomeFolder;
import org.oas.cim.pipeline.system.PipelineProperties;
import org.oas.cim.pipeline.system.StartRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Removes a published phase's personal data: the raw cells that are not behind a pseudonymous answer (names, contacts,
 * free text, unmatched columns, rejected rows), the answers' free-text notes, the values of answers to personal items,
 * and the original files (deleted, or moved where the operator says). Respondents, answers, issues, findings and
 * evidence stay, so the phase's tables come out the same from what is left. Each file is purged in one transaction;
 * a purge cut short is finished by the next one.
 */
@Component
public class PhasePurge {
    private static final Logger log = LoggerFactory.getLogger(PhasePurge.class);

    private final PurgeStore store;
    private final TransactionTemplate transaction;
    private final Codebook codebook;
    private final HomeFolder home;
    private final PipelineLock lock;
    private final Clock clock;

    public PhasePurge(PurgeStore store, PlatformTransactionManager transactions, Codebook codebook, PipelineProperties properties,
                      PipelineLock lock) {
        this.store = store;
        this.transaction = new TransactionTemplate(transactions);
        this.codebook = codebook;
        this.home = properties.homeFolder();
        this.lock = lock;
        this.clock = Clock.systemUTC();
    }

    /** What a purge did: its record (files 0 where everything was purged before) and the originals deleted or moved now. */
    public record Outcome(PurgeRecord record, int originals) {
    }

    /**
     * @param moveTo where to move the original files (keeping their home-relative paths), or null to delete them
     * @throws StartRefusedException where the phase was never published, or has files its publication does not cover
     */
    public Outcome purge(String phase, Path moveTo) {
        PurgeStore.Publication publication = store.publication(phase).orElseThrow(() -> new StartRefusedException(
                "Phase " + phase + " has not been published in this home: publish it (run --phase " + phase + ") before purging it."));
        if (moveTo != null && moveTo.toAbsolutePath().normalize().startsWith(home.root())) {
            throw new StartRefusedException("--move-originals-to must lie outside the home " + home.root() + ", or the originals stay in it.");
        }
        try (PipelineLock.Lease lease = lock.acquire(new TreeSet<>(List.of(LockNames.INGEST, LockNames.phase(phase))))) {
            int unpublished = store.filesNotYetPublished(phase, publication.publishedAt());
            if (unpublished > 0) {
                throw new StartRefusedException(unpublished + " file(s) of phase " + phase + " arrived after its last publication: "
                        + "publish it again (run --phase " + phase + ") so that its tables cover them, then purge.");
            }
            Map<String, Set<String>> personal = personalItems();
            List<Long> files = store.unpurgedFiles(phase);
            int rows = 0;
            int cells = 0;
            int notes = 0;
            for (long file : files) {
                PurgeStore.CellCount count = new PurgeStore.CellCount();
                int[] removedNotes = new int[1];
                transaction.executeWithoutResult(status -> {
                    count.addAll(store.purgeRawRows(file, personal));
                    removedNotes[0] = store.removeNotesAndPersonalAnswers(file, personal);
                });
                rows += count.rows();
                cells += count.removed();
                notes += removedNotes[0];
            }
            PurgeRecord record = new PurgeRecord(phase, publication.runId(), clock.instant(), whoRunsThis(), files.size(), rows, cells, notes,
                    moveTo == null ? PurgeRecord.DELETED : PurgeRecord.MOVED, moveTo == null ? null : moveTo.toAbsolutePath().normalize().toString());
            if (!files.isEmpty()) {
                transaction.executeWithoutResult(status -> store.record(record, files));
            }
            int originals = handleOriginals(store.purgedOriginals(phase), moveTo);
            log.info("Purged phase {}: {} file(s), {} raw row(s), {} cell(s) and {} note(s) removed, {} original file(s) {}",
                    phase, files.size(), rows, cells, notes, originals, moveTo == null ? "deleted" : "moved out of the home");
            return new Outcome(record, originals);
        }
    }

    /** The purges a phase had, for trace and status. */
    public List<PurgeRecord> purgesOf(String phase) {
        return store.purgesOf(phase);
    }

    private Map<String, Set<String>> personalItems() {
        return codebook.instruments().stream().collect(Collectors.toMap(Instrument::id,
                instrument -> instrument.items().stream().filter(Item::pii).map(Item::code).collect(Collectors.toSet())));
    }

    /** Deletes, or moves out of the home, the placed files of the phase's purged files that are still there. */
    private int handleOriginals(List<String> placedPaths, Path moveTo) {
        int handled = 0;
        for (String placed : placedPaths) {
            Path original = home.root().resolve(placed).normalize();
            if (!original.startsWith(home.root()) || !Files.isRegularFile(original, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try {
                if (moveTo == null) {
                    Files.delete(original);
                } else {
                    Path target = moveTo.toAbsolutePath().normalize().resolve(placed).normalize();
                    FileModes.createPrivateFolder(target.getParent());
                    Files.move(original, target);
                }
                handled++;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot " + (moveTo == null ? "delete " : "move ") + original, e);
            }
        }
        return handled;
    }

    /** The account that runs this, and under sudo the one that called sudo: the purge record says who. */
    private static String whoRunsThis() {
        String user = System.getProperty("user.name");
        String sudoer = System.getenv("SUDO_USER");
        return sudoer == null || sudoer.equals(user) ? user : user + " (sudo by " + sudoer + ")";
    }
}
