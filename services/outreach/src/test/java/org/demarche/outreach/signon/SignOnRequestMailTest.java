package org.demarche.outreach.signon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.demarche.outreach.delivery.MailContent;
import org.junit.jupiter.api.Test;

class SignOnRequestMailTest {

    private static final String LINK = "http://localhost:8083/sign/abc123";

    @Test
    void showsTheDeadlineInThePartnersOwnTimeZoneAndNamesIt() {
        MailContent mail = SignOnRequestMail.compose(SignOnSamples.humanRightsClub(UUID.randomUUID()), LINK);

        // 09:00 UTC is 13:00 in Baku (UTC+4 in July 2018)
        assertThat(mail.text()).contains("July 17, 2018").contains("1:00").contains("(Asia/Baku)");
        assertThat(mail.html()).contains("(Asia/Baku)");
    }

    @Test
    void carriesThePersonalLinkInBothParts() {
        MailContent mail = SignOnRequestMail.compose(SignOnSamples.humanRightsClub(UUID.randomUUID()), LINK);

        assertThat(mail.text()).contains(LINK);
        assertThat(mail.html()).contains("href=\"" + LINK + "\"");
    }

    @Test
    void escapesWhatPartnersAndCoordinatorsTypedInTheHtmlPart() {
        var request = SignOnSamples.humanRightsClub(UUID.randomUUID());
        var risky = new org.demarche.events.outreach.SignOnRequested(request.campaignId(), request.partnerId(),
                "<script>alert(1)</script>", request.contactName(), request.email(), request.language(),
                request.timeZone(), request.campaignTitle(), request.draftVersion(), "a < b & c", request.signOnDeadline(),
                request.meetingStartsAt(), request.meetingTimeZone(), request.replyTo());

        MailContent mail = SignOnRequestMail.compose(risky, LINK);

        assertThat(mail.html()).doesNotContain("<script>").contains("&lt;script&gt;").contains("a &lt; b &amp; c");
    }
}
