package org.demarche.campaigns.campaign;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.demarche.campaigns.letter.FirstPageImage;
import org.demarche.campaigns.letter.Letter;
import org.demarche.campaigns.letter.LetterDocx;
import org.demarche.campaigns.letter.RenderedLetter;
import org.springframework.stereotype.Component;

/**
 * Renders a letter as it is published, once, and keeps every form of it: HTML, text, PDF, the Word
 * document, the picture of its first page and what its public page shows. A letter published before
 * the last three were kept gets them on first request, made from the same version and signatures
 * (nobody signs after publication), and kept from then on.
 */
@Component
class LetterPublication {

    private final Campaigns campaigns;
    private final Invitations invitations;
    private final CampaignLetters letters;
    private final LetterDocx docx;
    private final PublishedLetters published;

    LetterPublication(Campaigns campaigns, Invitations invitations, CampaignLetters letters, LetterDocx docx,
                      PublishedLetters published) {
        this.campaigns = campaigns;
        this.invitations = invitations;
        this.letters = letters;
        this.docx = docx;
        this.published = published;
    }

    void publish(Campaign campaign, Instant now) {
        Letter letter = letters.publication(campaign, now);
        RenderedLetter rendered = letters.render(letter);
        published.store(campaign.id(), campaign.draftVersion(), now, rendered, sharing(campaign, letter, rendered.pdf(), now));
    }

    /** What the letter's public page shows; empty before publication. */
    Optional<PublicLetter> page(UUID campaignId) {
        return published.page(campaignId).or(() -> madeAfterwards(campaignId).map(PublishedLetters.Sharing::page));
    }

    /** The published letter as a Word document; empty before publication. */
    Optional<byte[]> docx(UUID campaignId) {
        return published.docx(campaignId).or(() -> madeAfterwards(campaignId).map(PublishedLetters.Sharing::docx));
    }

    /** The picture of the published letter's first page; empty before publication. */
    Optional<byte[]> firstPagePng(UUID campaignId) {
        return published.firstPagePng(campaignId)
                .or(() -> madeAfterwards(campaignId).map(PublishedLetters.Sharing::firstPagePng));
    }

    /** For a letter published before these were kept: made now and kept. Empty if the letter is not published. */
    private Optional<PublishedLetters.Sharing> madeAfterwards(UUID campaignId) {
        return published.kept(campaignId).map(kept -> {
            Campaign campaign = campaigns.find(campaignId).orElseThrow();
            PublishedLetters.Sharing made = sharing(campaign, letters.publication(campaign, kept.publishedAt()),
                    kept.pdf(), kept.publishedAt());
            published.keep(campaignId, made);
            return made;
        });
    }

    private PublishedLetters.Sharing sharing(Campaign campaign, Letter letter, byte[] pdf, Instant publishedAt) {
        int unnamed = (int) invitations.signers(campaign.id()).stream().filter(Invitation::anonymous).count();
        return new PublishedLetters.Sharing(docx.write(letter), FirstPageImage.of(pdf),
                PublicLetter.of(letter, unnamed, publishedAt));
    }
}
