package org.demarche.testsupport;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A PostgreSQL database created empty for one test class and dropped when
 * the class is done.
 *
 * @param name     the database name, e.g. {@code it_meeting_api_it_5f3a9c1e}
 * @param jdbcUrl  its JDBC URL, without credentials
 * @param username the user that owns it
 * @param password that user's password; empty when the server trusts the user
 */
public record TestDatabase(String name, String jdbcUrl, String username, String password) {

    public TestDatabase {
        requireNonNull(name, "name is required");
        requireNonNull(jdbcUrl, "jdbcUrl is required");
        requireNonNull(username, "username is required");
        password = password == null ? "" : password;
    }

    /** A new connection to this database; the caller closes it. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, username, password);
    }

    /** Keeps the password out of test reports and logs. */
    @Override
    public String toString() {
        return "TestDatabase[name=" + name + ", jdbcUrl=" + jdbcUrl + ", username=" + username + "]";
    }
}
