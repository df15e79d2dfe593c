package org.demarche.intake.heads;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The head_of_state table. */
@Repository
class HeadsOfState {

    static final String SHIPPED = "shipped";
    static final String COORDINATOR = "coordinator";
    private static final String ALIAS_SEPARATOR = ";";

    private final JdbcClient jdbc;

    HeadsOfState(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a shipped entry unless its id is there already, changed or retired by a coordinator or not. */
    void insertIfAbsent(HeadOfState head, Instant at) {
        jdbc.sql("""
                        INSERT INTO head_of_state (id, name, title, country, aliases, active, changed_by, changed_at)
                        VALUES (:id, :name, :title, :country, :aliases, :active, :by, :at)
                        ON CONFLICT DO NOTHING
                        """)
                .params(params(head, SHIPPED, at))
                .update();
    }

    /** @return whether the entry is new */
    boolean save(HeadOfState head, Instant at) {
        int updated = jdbc.sql("""
                        UPDATE head_of_state SET name = :name, title = :title, country = :country, aliases = :aliases,
                                                 active = :active, changed_by = :by, changed_at = :at
                        WHERE id = :id
                        """)
                .params(params(head, COORDINATOR, at))
                .update();
        if (updated == 1) {
            return false;
        }
        jdbc.sql("""
                        INSERT INTO head_of_state (id, name, title, country, aliases, active, changed_by, changed_at)
                        VALUES (:id, :name, :title, :country, :aliases, :active, :by, :at)
                        """)
                .params(params(head, COORDINATOR, at))
                .update();
        return true;
    }

    boolean retire(String id, Instant at) {
        return jdbc.sql("""
                        UPDATE head_of_state SET active = FALSE, changed_by = :by, changed_at = :at WHERE id = :id
                        """)
                .param("id", id).param("by", COORDINATOR).param("at", Timestamp.from(at))
                .update() == 1;
    }

    Optional<HeadOfState> find(String id) {
        return jdbc.sql("SELECT * FROM head_of_state WHERE id = :id").param("id", id)
                .query((rs, row) -> head(rs)).optional();
    }

    List<HeadOfState> all() {
        return jdbc.sql("SELECT * FROM head_of_state ORDER BY country, id").query((rs, row) -> head(rs)).list();
    }

    List<HeadOfState> active() {
        return jdbc.sql("SELECT * FROM head_of_state WHERE active ORDER BY country, id")
                .query((rs, row) -> head(rs)).list();
    }

    private static java.util.Map<String, Object> params(HeadOfState head, String by, Instant at) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("id", head.id());
        params.put("name", head.name());
        params.put("title", head.title());
        params.put("country", head.country());
        params.put("aliases", head.aliases().isEmpty() ? null : String.join(ALIAS_SEPARATOR, head.aliases()));
        params.put("active", head.active());
        params.put("by", by);
        params.put("at", Timestamp.from(at));
        return params;
    }

    private static HeadOfState head(ResultSet rs) throws SQLException {
        String aliases = rs.getString("aliases");
        return new HeadOfState(rs.getString("id"), rs.getString("name"), rs.getString("title"),
                rs.getString("country").strip(),
                aliases == null ? List.of() : Arrays.asList(aliases.split(ALIAS_SEPARATOR)), rs.getBoolean("active"));
    }
}
