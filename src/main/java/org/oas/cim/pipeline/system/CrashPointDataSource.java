package org.oas.cim.pipeline.system;

import org.springframework.jdbc.datasource.DelegatingDataSource;

import javax.sql.DataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;

/**
 * A data source whose connections mark every durable step as a {@link CrashPoints crash point}: a commit after
 * writes, a write statement run in auto-commit mode, a DDL statement (H2 commits each one by itself). Every user of
 * the database goes through it: the jobs, Spring Batch's repository, the locks and Flyway's migrations.
 */
final class CrashPointDataSource extends DelegatingDataSource {
    private static final Set<String> WRITES = Set.of("INSERT", "UPDATE", "DELETE", "MERGE");
    private static final Set<String> DDL = Set.of("CREATE", "ALTER", "DROP", "TRUNCATE", "COMMENT", "GRANT", "REVOKE", "RUNSCRIPT");

    CrashPointDataSource(DataSource target) {
        super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return wrap(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return wrap(super.getConnection(username, password));
    }

    private static Connection wrap(Connection connection) {
        return (Connection) Proxy.newProxyInstance(CrashPointDataSource.class.getClassLoader(), new Class<?>[] {Connection.class},
                new ConnectionHandler(connection));
    }

    /** The first keyword of a statement, past comments and blanks. */
    static String keyword(String sql) {
        int at = 0;
        while (at < sql.length()) {
            if (Character.isWhitespace(sql.charAt(at)) || sql.charAt(at) == '(') {
                at++;
            } else if (sql.startsWith("--", at)) {
                int end = sql.indexOf('\n', at);
                at = end < 0 ? sql.length() : end + 1;
            } else if (sql.startsWith("/*", at)) {
                int end = sql.indexOf("*/", at);
                at = end < 0 ? sql.length() : end + 2;
            } else {
                break;
            }
        }
        int end = at;
        while (end < sql.length() && Character.isLetter(sql.charAt(end))) {
            end++;
        }
        return sql.substring(at, end).toUpperCase(Locale.ROOT);
    }

    private static final class ConnectionHandler implements InvocationHandler {
        private final Connection connection;
        /** Written to since the last commit or rollback. */
        private boolean dirty;

        ConnectionHandler(Connection connection) {
            this.connection = connection;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "commit" -> {
                    if (dirty) {
                        CrashPoints.reached("a commit");
                    }
                    dirty = false;
                }
                case "rollback" -> dirty = false;
                case "setAutoCommit" -> {
                    // Switching auto-commit on commits the open transaction.
                    if (dirty && Boolean.TRUE.equals(args[0]) && !connection.getAutoCommit()) {
                        CrashPoints.reached("a commit");
                    }
                    dirty = false;
                }
                case "unwrap", "isWrapperFor" -> {
                    return call(connection, method, args);
                }
                default -> {
                }
            }
            Object result = call(connection, method, args);
            if (result instanceof Statement statement && method.getReturnType().isInterface()) {
                String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
                Class<?> type = method.getReturnType();
                return Proxy.newProxyInstance(CrashPointDataSource.class.getClassLoader(), new Class<?>[] {type},
                        new StatementHandler(this, statement, sql));
            }
            return result;
        }

        /** Before a statement runs: a crash point where it is durable by itself, else a write to commit later. */
        void beforeExecute(String sql) throws SQLException {
            if (sql == null) {
                return;
            }
            String keyword = keyword(sql);
            if (DDL.contains(keyword)) {
                CrashPoints.reached("DDL: " + sql.strip().lines().findFirst().orElse(""));
                dirty = !connection.getAutoCommit();
            } else if (WRITES.contains(keyword)) {
                if (connection.getAutoCommit()) {
                    CrashPoints.reached("an auto-commit " + keyword);
                } else {
                    dirty = true;
                }
            }
        }
    }

    private static final class StatementHandler implements InvocationHandler {
        private final ConnectionHandler connection;
        private final Statement statement;
        private final String preparedSql;
        private String batchedSql;

        StatementHandler(ConnectionHandler connection, Statement statement, String preparedSql) {
            this.connection = connection;
            this.statement = statement;
            this.preparedSql = preparedSql;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.equals("addBatch") && args != null && args.length == 1 && args[0] instanceof String sql) {
                batchedSql = batchedSql == null ? sql : batchedSql;
            } else if (name.startsWith("execute")) {
                boolean givenSql = args != null && args.length > 0 && args[0] instanceof String;
                connection.beforeExecute(givenSql ? (String) args[0] : name.equals("executeBatch") && batchedSql != null ? batchedSql : preparedSql);
                if (name.equals("executeBatch")) {
                    batchedSql = null;
                }
            }
            return call(statement, method, args);
        }
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
