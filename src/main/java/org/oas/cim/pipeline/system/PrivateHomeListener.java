package org.oas.cim.pipeline.system;

import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

import java.nio.file.Path;
import java.util.List;

/**
 * Guards a home's private folders for the life of one command. Before anything else starts (before the log file is
 * opened, before the database): paths others could read are tightened, or, with
 * {@code pipeline.privacy.loose-files=refuse}, the command refuses to run; POI's temporary files go to the home's
 * tmp/. Once logging is up, what was tightened is said in one line. When the context is ready and when it closes,
 * what H2, logback and the jobs created meanwhile is made owner-only too.
 */
public final class PrivateHomeListener implements SmartApplicationListener {
    private static final Logger log = LoggerFactory.getLogger(PrivateHomeListener.class);
    static final String LOOSE_FILES = "pipeline.privacy.loose-files";

    private PrivateHome home;
    private String tightenedAtStart = "";

    @Override
    public boolean supportsEventType(Class<? extends ApplicationEvent> type) {
        return ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(type) || ApplicationPreparedEvent.class.isAssignableFrom(type)
                || ApplicationReadyEvent.class.isAssignableFrom(type) || ContextClosedEvent.class.isAssignableFrom(type);
    }

    @Override
    public int getOrder() {
        // Before Boot's logging listener opens logs/pipeline.log: what the check finds was there before this start.
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
            secure(prepared.getEnvironment());
        } else if (event instanceof ApplicationPreparedEvent && !tightenedAtStart.isEmpty()) {
            log.warn("Found files or folders other accounts could read in the home's private folders, now owner-only: {}", tightenedAtStart);
        } else if (home != null && (event instanceof ApplicationReadyEvent || event instanceof ContextClosedEvent)) {
            home.tighten();
        }
    }

    private void secure(Environment environment) {
        String root = environment.getProperty("pipeline.home");
        if (root == null) {
            return;
        }
        HomeFolder folder = new HomeFolder(Path.of(root)).create();
        home = new PrivateHome(folder);
        String policy = environment.getProperty(LOOSE_FILES, "tighten");
        if ("refuse".equals(policy)) {
            List<Path> loose = home.loosePaths();
            if (!loose.isEmpty()) {
                throw new StartRefusedException("Other accounts can read files or folders of " + folder.root() + " that hold personal data ("
                        + home.countByFolder(loose) + "). Make them owner-only (chmod -R go-rwx on data/ processing/ archive/ rejected/ "
                        + "out/restricted/ logs/ tmp/), or set " + LOOSE_FILES + "=tighten to have the pipeline do it.");
            }
        } else if (!"tighten".equals(policy)) {
            throw new IllegalArgumentException(LOOSE_FILES + " is tighten or refuse, not " + policy);
        }
        List<Path> tightened = home.tighten();
        tightenedAtStart = tightened.isEmpty() ? "" : home.countByFolder(tightened);
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(folder.tmp().toFile()));
    }
}
