package org.demarche.outreach.partnermail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;

import org.demarche.outreach.OutreachProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class ReplyAddressTest {

    private static final String SENDER = "Démarche <NoReply@demarche.example.org>";
    private static final String COORDINATOR = "amina@coalition.example.org";
    private static final String CONFIGURED = "Coalition <coalition@coalition.example.org>";
    private static final String LEAD = "director@hrclub.example";
    private static final UUID CAMPAIGN = UUID.fromString("6b1e2c3d-4f5a-4b6c-8d7e-9f0a1b2c3d4e");

    @Test
    void repliesGoToTheCoordinatorWhoEnteredTheMeeting() {
        assertThat(replies(CONFIGURED).forCampaign(CAMPAIGN, COORDINATOR, LEAD)).isEqualTo(COORDINATOR);
    }

    @Test
    void thenToTheConfiguredAddressThenToTheFirstLeadPartner() {
        assertThat(replies(CONFIGURED).forCampaign(CAMPAIGN, null, LEAD)).isEqualTo(CONFIGURED);
        assertThat(replies(null).forCampaign(CAMPAIGN, " ", LEAD)).isEqualTo(LEAD);
    }

    @Test
    void neverToTheSenderWhateverTheCase() {
        assertThat(replies(CONFIGURED).forCampaign(CAMPAIGN, "noreply@DEMARCHE.example.org", LEAD)).isEqualTo(CONFIGURED);
        assertThat(replies("Démarche <noreply@demarche.example.org>").forCampaign(CAMPAIGN, null, LEAD)).isEqualTo(LEAD);
        assertThat(replies(null).forCampaign(CAMPAIGN, null, "noreply@demarche.example.org")).isNull();
    }

    @Test
    void passesOverAnAddressNoMailClientCouldAnswerTo() {
        assertThat(replies(null).forCampaign(CAMPAIGN, "amina at coalition", LEAD)).isEqualTo(LEAD);
        assertThat(replies(null).forCampaign(CAMPAIGN, "a@coalition.example.org, b@coalition.example.org", LEAD))
                .isEqualTo(LEAD);
    }

    @Test
    void withNobodyLeftSendsNoReplyToAndWarnsOncePerCampaign(CapturedOutput output) {
        ReplyAddress replies = replies(null);
        UUID other = UUID.randomUUID();

        assertThat(replies.forCampaign(CAMPAIGN, null, null)).isNull();
        assertThat(replies.forCampaign(CAMPAIGN, null, null)).isNull();
        assertThat(replies.forCampaign(other, null, null)).isNull();

        assertThat(output.getOut().lines().filter(line -> line.contains("go without a Reply-To")))
                .hasSize(2)
                .anySatisfy(line -> assertThat(line).contains(CAMPAIGN.toString()))
                .anySatisfy(line -> assertThat(line).contains(other.toString()));
    }

    @Test
    void refusesToStartWithAConfiguredAddressNobodyCouldAnswerTo() {
        for (String unreadable : new String[] {"coalition", "a@example.org, b@example.org", "Coalition <coalition>"}) {
            assertThatThrownBy(() -> replies(unreadable)).as(unreadable)
                    .hasMessageContaining("DEMARCHE_OUTREACH_REPLYTO").hasMessageContaining(unreadable);
        }
    }

    private static ReplyAddress replies(String configured) {
        return new ReplyAddress(new OutreachProperties("http://localhost:8083", SENDER, configured, "none",
                OutreachProperties.LOCAL_TOKEN_SECRET,
                new OutreachProperties.LetterFetch(Duration.ofSeconds(1), Duration.ofSeconds(2)), 1,
                Duration.ofSeconds(15), null));
    }
}
