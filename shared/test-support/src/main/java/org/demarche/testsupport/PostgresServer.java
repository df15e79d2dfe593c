package org.demarche.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.postgresql.Driver;

/**
 * A PostgreSQL server reached through one of its databases (the admin
 * database), on which the test databases are created and dropped.
 */
final class PostgresServer {

    private static final Pattern JDBC_URL = Pattern.compile("^jdbc:postgresql:(//[^/?]*)?/?([^?]*)(\\?.*)?$");
    private static final Pattern SAFE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final String CONNECT_TIMEOUT_SECONDS = "5";

    private final String adminUrl;
    private final String username;
    private final String password;

    private PostgresServer(String adminUrl, String username, String password) {
        this.adminUrl = adminUrl;
        this.username = username;
        this.password = password == null ? "" : password;
    }

    /** A server named by a JDBC URL that may carry {@code user} and {@code password} parameters. */
    static PostgresServer fromJdbcUrl(String jdbcUrl) {
        Properties parsed = Driver.parseURL(jdbcUrl, new Properties());
        if (parsed == null) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + InfrastructureUnavailableException.redact(jdbcUrl));
        }
        return new PostgresServer(jdbcUrl, parsed.getProperty("user", "postgres"), parsed.getProperty("password", ""));
    }

    static PostgresServer withCredentials(String jdbcUrl, String username, String password) {
        return new PostgresServer(jdbcUrl, username, password);
    }

    /** Opens and closes a connection to the admin database; rethrows what went wrong. */
    void probe() throws SQLException {
        try (Connection ignored = connectToAdminDatabase()) {
            // reaching the server with these credentials is all we need to know
        }
    }

    TestDatabase createDatabase(Class<?> testClass) {
        String name = DatabaseNames.forTestClass(testClass);
        execute("CREATE DATABASE " + requireSafe(name));
        return new TestDatabase(name, urlOf(adminUrl, name), username, password);
    }

    /** Drops the database even if connections are still open (PostgreSQL 13 or later). */
    void dropDatabase(TestDatabase database) {
        execute("DROP DATABASE IF EXISTS " + requireSafe(database.name()) + " WITH (FORCE)");
    }

    /** The admin URL with another database and without credentials, which travel separately. */
    static String urlOf(String adminUrl, String databaseName) {
        Matcher url = JDBC_URL.matcher(adminUrl);
        if (!url.matches()) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + InfrastructureUnavailableException.redact(adminUrl));
        }
        String hosts = url.group(1) == null ? "" : url.group(1) + "/";
        String parameters = url.group(3) == null ? "" : Arrays.stream(url.group(3).substring(1).split("&"))
                .filter(parameter -> !parameter.isEmpty())
                .filter(parameter -> !parameter.toLowerCase(Locale.ROOT).startsWith("user=")
                        && !parameter.toLowerCase(Locale.ROOT).startsWith("password="))
                .collect(Collectors.joining("&"));
        return "jdbc:postgresql:" + hosts + databaseName + (parameters.isEmpty() ? "" : "?" + parameters);
    }

    private void execute(String sql) {
        try (Connection connection = connectToAdminDatabase(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run '" + sql + "' on "
                    + InfrastructureUnavailableException.redact(adminUrl) + ": " + e.getMessage(), e);
        }
    }

    private Connection connectToAdminDatabase() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", username);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", CONNECT_TIMEOUT_SECONDS);
        properties.setProperty("ApplicationName", "demarche-test-support");
        return DriverManager.getConnection(adminUrl, properties);
    }

    private static String requireSafe(String name) {
        if (!SAFE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Refusing to use '" + name + "' unquoted in SQL");
        }
        return name;
    }
}
