package org.demarche.platform.security;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * This service's copy of the managed accounts ({@code platform_account}). Written from the
 * account events, and directly by the dashboard, which manages them, so that an account it has
 * just created can be listed at once.
 */
public class Accounts {

    private final JdbcClient jdbc;
    private final Clock clock;

    public Accounts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Creates or replaces the account: delete and insert, the same on PostgreSQL and H2. */
    public void save(StoredAccount account) {
        remove(account.username());
        jdbc.sql("""
                        INSERT INTO platform_account (username, password_hash, roles, email, saved_at)
                        VALUES (:username, :hash, :roles, :email, :at)
                        """)
                .param("username", account.username())
                .param("hash", account.passwordHash())
                .param("roles", String.join(",", account.roles()))
                .param("email", new SqlParameterValue(Types.VARCHAR, account.email()))
                .param("at", Timestamp.from(clock.instant()))
                .update();
    }

    /** @return whether there was such an account */
    public boolean remove(String username) {
        return jdbc.sql("DELETE FROM platform_account WHERE username = :username")
                .param("username", username)
                .update() > 0;
    }

    public Optional<StoredAccount> find(String username) {
        return jdbc.sql("SELECT username, password_hash, roles, email FROM platform_account WHERE username = :username")
                .param("username", username)
                .query(Accounts::account)
                .optional();
    }

    public List<StoredAccount> all() {
        return jdbc.sql("SELECT username, password_hash, roles, email FROM platform_account ORDER BY username")
                .query(Accounts::account)
                .list();
    }

    private static StoredAccount account(java.sql.ResultSet row, int rowNumber) throws java.sql.SQLException {
        return new StoredAccount(row.getString("username"), row.getString("password_hash"),
                Arrays.asList(row.getString("roles").split(",")), row.getString("email"));
    }
}
