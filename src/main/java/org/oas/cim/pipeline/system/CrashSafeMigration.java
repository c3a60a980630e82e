package org.oas.cim.pipeline.system;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Migrations a crash cannot break. H2 commits each DDL statement by itself, so a migration cut short would stay
 * half-applied and Flyway would refuse every later start. Before applying pending migrations to an H2 file
 * database, a consistent copy of it is written beside it ({@code <db>.before-migration.zip}) and removed once they
 * are all applied; a start that finds the copy knows the last migration did not finish, puts the database back as
 * the copy has it, and migrates again. On PostgreSQL, whose DDL is transactional, the pending migrations and their
 * rows in Flyway's history are committed together, as one transaction, which a crash rolls back whole: Flyway by
 * itself commits each migration and its history row separately, so a crash between the two left a migration applied
 * but not recorded, which every later start then failed to apply again.
 */
@Component
class CrashSafeMigration implements FlywayMigrationStrategy {
    private static final Logger log = LoggerFactory.getLogger(CrashSafeMigration.class);
    private static final String H2_FILE = "jdbc:h2:file:";
    /** Two contexts of one JVM (tests) cannot share a file lock: they take turns here first. */
    private static final Object IN_THIS_PROCESS = new Object();

    @Override
    public void migrate(Flyway flyway) {
        DataSource dataSource = flyway.getConfiguration().getDataSource();
        Path database = h2File(dataSource);
        if (database == null) {
            migrateInOneTransaction(flyway, dataSource);
            return;
        }
        Path copy = database.resolveSibling(database.getFileName() + ".before-migration.zip");
        synchronized (IN_THIS_PROCESS) {
            try (FileChannel channel = FileChannel.open(database.resolveSibling(database.getFileName() + ".migration.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                migrateWithCopy(flyway, new JdbcTemplate(dataSource), copy);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot keep a copy of the database before migrating it: " + copy, e);
            }
        }
    }

    private static void migrateWithCopy(Flyway flyway, JdbcTemplate jdbc, Path copy) throws IOException {
        Path partial = copy.resolveSibling(copy.getFileName() + ".part");
        Files.deleteIfExists(partial);
        if (Files.exists(copy)) {
            log.warn("Repaired a migration cut short by a crash: the database is put back as it was before it, and migrated again");
            jdbc.execute("DROP ALL OBJECTS");
            jdbc.execute("RUNSCRIPT FROM '" + quoted(copy) + "' COMPRESSION ZIP");
        }
        if (flyway.info().pending().length > 0) {
            if (!Files.exists(copy)) {
                jdbc.execute("SCRIPT TO '" + quoted(partial) + "' COMPRESSION ZIP");
                CrashPoints.reached("keeping the copy of the database taken before migrating");
                Files.move(partial, copy, StandardCopyOption.ATOMIC_MOVE);
            }
            flyway.migrate();
        }
        if (Files.exists(copy)) {
            CrashPoints.reached("deleting the copy of the database taken before migrating");
            Files.delete(copy);
        }
    }

    private static void migrateInOneTransaction(Flyway flyway, DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Flyway.configure(flyway.getConfiguration().getClassLoader()).configuration(flyway.getConfiguration())
                        .dataSource(new SingleConnectionDataSource(uncommitting(connection), true)).load().migrate();
                connection.commit();
            } catch (RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot migrate the database: " + e.getMessage(), e);
        }
    }

    /** The connection, where Flyway's commits and auto-commit switches do nothing: the caller commits once. */
    private static Connection uncommitting(Connection connection) {
        return (Connection) Proxy.newProxyInstance(CrashSafeMigration.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "commit", "setAutoCommit", "close" -> {
                            return null;
                        }
                        case "getAutoCommit" -> {
                            return false;
                        }
                        default -> {
                            try {
                                return method.invoke(connection, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        }
                    }
                });
    }

    /** The database file's path without its extension, for an H2 file database; null for any other. */
    private static Path h2File(DataSource dataSource) {
        String url;
        try (Connection connection = dataSource.getConnection()) {
            url = connection.getMetaData().getURL();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the database: " + e.getMessage(), e);
        }
        if (url == null || !url.startsWith(H2_FILE)) {
            return null;
        }
        String path = url.substring(H2_FILE.length());
        int options = path.indexOf(';');
        return Path.of(options < 0 ? path : path.substring(0, options)).toAbsolutePath();
    }

    private static String quoted(Path file) {
        return file.toString().replace("'", "''");
    }
}
