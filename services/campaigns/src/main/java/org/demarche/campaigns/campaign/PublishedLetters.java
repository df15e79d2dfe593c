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

    void store(UUID campaignId, int draftVersion, Instant publishedAt, RenderedLetter letter, Sharing sharing) {
        jdbc.sql("""
                        INSERT INTO published_letter (campaign_id, draft_version, published_at, html, text_body, pdf,
                                                      docx, first_page_png, page)
                        VALUES (:campaign, :version, :at, :html, :text, :pdf, :docx, :png, :page)
                        """)
                .param("campaign", campaignId).param("version", draftVersion).param("at", Timestamp.from(publishedAt))
                .param("html", letter.html()).param("text", letter.text()).param("pdf", letter.pdf())
                .param("docx", sharing.docx()).param("png", sharing.firstPagePng()).param("page", sharing.page().json())
                .update();
    }

    Optional<RenderedLetter> find(UUID campaignId) {
        return jdbc.sql("SELECT html, text_body, pdf FROM published_letter WHERE campaign_id = :campaign")
                .param("campaign", campaignId)
                .query((rs, row) -> new RenderedLetter(rs.getString("html"), rs.getString("text_body"), rs.getBytes("pdf")))
                .optional();
    }

    /** What the letter's public page shows; empty before publication, or if it was published before pages were kept. */
    Optional<PublicLetter> page(UUID campaignId) {
        return jdbc.sql("SELECT page FROM published_letter WHERE campaign_id = :campaign AND page IS NOT NULL")
                .param("campaign", campaignId).query(String.class).optional().map(PublicLetter::fromJson);
    }

    Optional<byte[]> docx(UUID campaignId) {
        return jdbc.sql("SELECT docx FROM published_letter WHERE campaign_id = :campaign AND docx IS NOT NULL")
                .param("campaign", campaignId).query((rs, row) -> rs.getBytes("docx")).optional();
    }

    Optional<byte[]> firstPagePng(UUID campaignId) {
        return jdbc.sql("SELECT first_page_png FROM published_letter WHERE campaign_id = :campaign"
                        + " AND first_page_png IS NOT NULL")
                .param("campaign", campaignId).query((rs, row) -> rs.getBytes("first_page_png")).optional();
    }

    /** When the letter was published, and its PDF. */
    Optional<Kept> kept(UUID campaignId) {
        return jdbc.sql("SELECT published_at, pdf FROM published_letter WHERE campaign_id = :campaign")
                .param("campaign", campaignId)
                .query((rs, row) -> new Kept(rs.getTimestamp("published_at").toInstant(), rs.getBytes("pdf")))
                .optional();
    }

    /** Keeps what a letter published before they were kept lacked, made afterwards from the same version. */
    void keep(UUID campaignId, Sharing sharing) {
        jdbc.sql("UPDATE published_letter SET docx = :docx, first_page_png = :png, page = :page WHERE campaign_id = :campaign")
                .param("campaign", campaignId).param("docx", sharing.docx()).param("png", sharing.firstPagePng())
                .param("page", sharing.page().json())
                .update();
    }

    /**
     * What is kept at publication besides the letter's HTML, text and PDF.
     *
     * @param firstPagePng what a shared link to the letter shows
     * @param page         what the letter's public page shows
     */
    record Sharing(byte[] docx, byte[] firstPagePng, PublicLetter page) {
    }

    record Kept(Instant publishedAt, byte[] pdf) {
    }
}
