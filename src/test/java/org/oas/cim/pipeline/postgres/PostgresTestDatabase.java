package org.oas.cim.pipeline.postgres;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The real PostgreSQL the tests run against, named by the environment ({@code .ci/run} starts one and sets these):
 * {@value #URL} (a {@code jdbc:postgresql://} URL), {@value #USER}, {@value #PASSWORD}. Without them a developer's
 * run skips the PostgreSQL tests ({@link IfConfigured}), saying so; a CI run ({@code CI=true}) fails instead, so that
 * CI never passes by skipping them.
 */
public final class PostgresTestDatabase {
    public static final String URL = "PIPELINE_TEST_POSTGRES_URL";
    public static final String USER = "PIPELINE_TEST_POSTGRES_USER";
    public static final String PASSWORD = "PIPELINE_TEST_POSTGRES_PASSWORD";
    private static final Pattern SCHEMA_NAME = Pattern.compile("[a-z][a-z0-9_]{0,40}");

    private final String url;
    private final String user;
    private final String password;

    private PostgresTestDatabase(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** The configured database; fails where none is (a class that needs one is {@link IfConfigured}, else skipped). */
    public static PostgresTestDatabase fromEnvironment() {
        String url = System.getenv(URL);
        if (url == null || url.isBlank()) {
            Assertions.fail((isCi() ? "CI=true, but " : "") + missing());
        }
        if (!url.startsWith("jdbc:postgresql:")) {
            Assertions.fail(URL + " must be a jdbc:postgresql: URL, was " + url);
        }
        return new PostgresTestDatabase(url, System.getenv(USER), System.getenv(PASSWORD));
    }

    /**
     * Skips a test class, saying why, where no PostgreSQL is configured, except under CI ({@code CI=true}), where
     * the class runs and fails: CI must never pass by skipping it.
     */
    public static final class IfConfigured implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            String url = System.getenv(URL);
            if (url != null && !url.isBlank()) {
                return ConditionEvaluationResult.enabled(URL + " is set");
            }
            if (isCi()) {
                return ConditionEvaluationResult.enabled("CI=true: PostgreSQL is required");
            }
            System.out.println("PostgreSQL tests skipped in " + context.getDisplayName() + ": " + missing());
            return ConditionEvaluationResult.disabled("PostgreSQL tests skipped: " + missing());
        }
    }

    private static boolean isCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    private static String missing() {
        return URL + " is not set: no PostgreSQL to test against (.ci/run starts one and sets it, with " + USER + " and "
                + PASSWORD + ")";
    }

    /**
     * Creates the schema anew (dropping what an earlier test run left in it) and returns a URL whose connections
     * work in it: the pipeline's Flyway migrations and tables go there, so test classes never see each other's rows.
     */
    public String freshSchema(String schema) throws SQLException {
        if (!SCHEMA_NAME.matcher(schema).matches()) {
            throw new IllegalArgumentException("not a plain schema name: " + schema);
        }
        try (Connection db = DriverManager.getConnection(url, user, password); Statement sql = db.createStatement()) {
            sql.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            sql.execute("CREATE SCHEMA " + schema);
        }
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** A connection to the database at a URL {@link #freshSchema} returned. */
    public Connection connect(String schemaUrl) throws SQLException {
        return DriverManager.getConnection(schemaUrl, user, password);
    }

    /** The {@code --db-url}, {@code --db-user} and {@code --db-password} options of a command on this database. */
    public List<String> options(String schemaUrl) {
        List<String> options = new ArrayList<>(List.of("--db-url", schemaUrl));
        if (user != null && !user.isBlank()) {
            options.addAll(List.of("--db-user", user));
        }
        if (password != null && !password.isEmpty()) {
            options.addAll(List.of("--db-password", password));
        }
        return options;
    }
}
