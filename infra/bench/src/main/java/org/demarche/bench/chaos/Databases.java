package org.demarche.bench.chaos;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/**
 * A fresh PostgreSQL database per service on the server the benchmarks use, shared by that
 * service's two instances, dropped at the end. Each instance names itself to the server
 * ({@code ApplicationName}), so that the harness can cut exactly its connections.
 */
public final class Databases implements AutoCloseable {

    private final String adminUrl;
    private final String serverUrl;
    private final String user;
    private final Map<String, String> names;

    private Databases(String adminUrl, String serverUrl, String user, Map<String, String> names) {
        this.adminUrl = adminUrl;
        this.serverUrl = serverUrl;
        this.user = user;
        this.names = names;
    }

    /** @param adminUrl a JDBC URL of the server's admin database, with {@code ?user=} */
    public static Databases create(String adminUrl, List<String> services) throws SQLException {
        String run = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        Map<String, String> names = new LinkedHashMap<>();
        services.forEach(service -> names.put(service, "chaos_" + service + "_" + run));
        String server = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1);
        String user = "postgres";
        int query = adminUrl.indexOf('?');
        if (query >= 0) {
            for (String parameter : adminUrl.substring(query + 1).split("&")) {
                if (parameter.startsWith("user=")) {
                    user = parameter.substring("user=".length());
                }
            }
        }
        var databases = new Databases(adminUrl, server, user, names);
        try (Connection admin = DriverManager.getConnection(adminUrl); Statement sql = admin.createStatement()) {
            for (String name : names.values()) {
                sql.execute("CREATE DATABASE " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("infra/bench needs PostgreSQL at " + adminUrl
                    + " (set BENCH_POSTGRES_URL): " + e.getMessage(), e);
        }
        return databases;
    }

    /** The JDBC URL an instance connects with, naming itself {@code instance} to the server. */
    public String jdbcUrl(String service, String instance) {
        return serverUrl + names.get(service) + "?ApplicationName=" + instance;
    }

    public String user() {
        return user;
    }

    public Connection connect(String service) throws SQLException {
        var properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("ApplicationName", "chaos-harness");
        return DriverManager.getConnection(serverUrl + names.get(service), properties);
    }

    /** Ends every server connection of {@code instance}: its pool finds them dead at their next use. */
    int terminateConnections(String instance) throws SQLException {
        try (Connection admin = DriverManager.getConnection(adminUrl);
             var sql = admin.prepareStatement(
                     "SELECT COUNT(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity "
                             + "WHERE application_name = ?")) {
            sql.setString(1, instance);
            try (var rows = sql.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    @Override
    public void close() throws SQLException {
        try (Connection admin = DriverManager.getConnection(adminUrl); Statement sql = admin.createStatement()) {
            for (String name : names.values()) {
                sql.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        }
    }
}
