package org.demarche.campaigns.draft;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The draft_version table: every version of every campaign's draft, never changed once written. */
@Repository
public class DraftVersions {

    private static final String COLUMNS = """
            campaign_id, version, created_at, reason, language, letter, text_body, diff, substance, edits,
            asks_confirmation""";

    private final JdbcClient jdbc;

    DraftVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(DraftVersion version) {
        jdbc.sql("INSERT INTO draft_version (" + COLUMNS + """
                        ) VALUES (:campaign, :version, :createdAt, :reason, :language, :letter, :text, :diff, :substance,
                                  :edits, :asksConfirmation)
                        """)
                .param("campaign", version.campaignId()).param("version", version.version())
                .param("createdAt", Timestamp.from(version.createdAt())).param("reason", version.reason())
                .param("language", version.language()).param("letter", StoredLetter.json(version.letter()))
                .param("text", version.text()).param("diff", version.diff()).param("substance", version.substance())
                .param("edits", StoredEdits.json(version.edits()))
                .param("asksConfirmation", version.asksConfirmation())
                .update();
    }

    public Optional<DraftVersion> latest(UUID campaignId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM draft_version WHERE campaign_id = :campaign"
                        + " ORDER BY version DESC FETCH FIRST 1 ROWS ONLY")
                .param("campaign", campaignId).query((rs, row) -> version(rs)).optional();
    }

    public Optional<DraftVersion> find(UUID campaignId, int version) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM draft_version WHERE campaign_id = :campaign AND version = :version")
                .param("campaign", campaignId).param("version", version).query((rs, row) -> version(rs)).optional();
    }

    /** Oldest first. */
    public List<DraftVersion> all(UUID campaignId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM draft_version WHERE campaign_id = :campaign ORDER BY version")
                .param("campaign", campaignId).query((rs, row) -> version(rs)).list();
    }

    private static DraftVersion version(ResultSet rs) throws SQLException {
        return new DraftVersion(rs.getObject("campaign_id", UUID.class), rs.getInt("version"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("reason"), rs.getString("language"),
                StoredLetter.letter(rs.getString("letter")), rs.getString("text_body"), rs.getString("diff"),
                rs.getString("substance"), StoredEdits.edits(rs.getString("edits")), rs.getBoolean("asks_confirmation"));
    }
}
