package org.oas.cim.pipeline.system;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.LoggingSystem;

/**
 * Logging for the commands that start no Spring (validate, estimate, template): without it, logback's default prints
 * every library's messages (POI's included, stack traces and all, through log4j-to-slf4j) on standard output, mixed
 * with the reports. Here only errors reach standard error, on one line each, without a stack trace. Where Spring
 * has set logging up (its file under the home), nothing is changed.
 */
public final class LibraryLogging {
    private LibraryLogging() {
    }

    public static void offStandardOutput() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)
                || context.getObject(LoggingSystem.class.getName()) != null) {
            return;
        }
        context.reset();
        PatternLayoutEncoder oneLine = new PatternLayoutEncoder();
        oneLine.setContext(context);
        oneLine.setPattern("%level %logger{0}: %msg%n%nopex");
        oneLine.start();
        ConsoleAppender<ILoggingEvent> standardError = new ConsoleAppender<>();
        standardError.setContext(context);
        standardError.setTarget("System.err");
        standardError.setEncoder(oneLine);
        standardError.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.ERROR);
        root.addAppender(standardError);
    }
}
