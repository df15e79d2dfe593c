package org.demarche.campaigns.campaign;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.demarche.campaigns.letter.RenderedLetter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Letters as they were published: served unchanged ever after. */
@Repository
class PublishedLetters {

    private final JdbcClient jdbc;

    PublishedLetters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void store(UUID campaignId, int draftVersion, Instant publishedAt, RenderedLetter letter) {
        jdbc.sql("""
                        INSERT INTO published_letter (campaign_id, draft_version, published_at, html, text_body, pdf)
                        VALUES (:campaign, :version, :at, :html, :text, :pdf)
                        """)
                .param("campaign", campaignId).param("version", draftVersion).param("at", Timestamp.from(publishedAt))
                .param("html", letter.html()).param("text", letter.text()).param("pdf", letter.pdf())
                .update();
    }

    Optional<RenderedLetter> find(UUID campaignId) {
        return jdbc.sql("SELECT html, text_body, pdf FROM published_letter WHERE campaign_id = :campaign")
                .param("campaign", campaignId)
                .query((rs, row) -> new RenderedLetter(rs.getString("html"), rs.getString("text_body"), rs.getBytes("pdf")))
                .optional();
    }
}
