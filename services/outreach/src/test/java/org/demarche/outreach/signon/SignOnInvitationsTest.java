package org.demarche.outreach.signon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.demarche.events.Signatory;
import org.demarche.events.outreach.SignOnRequested;
import org.demarche.outreach.H2Database;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The invitations' rules, on H2 in PostgreSQL mode (the integration tests run them on PostgreSQL). */
class SignOnInvitationsTest {

    private static final Instant NOW = Instant.parse("2018-07-11T09:00:00Z");

    private final DataSource database = H2Database.migrated();
    private final SignOnInvitations invitations = new SignOnInvitations(JdbcClient.create(database),
            new NamedParameterJdbcTemplate(database));
    private final UUID campaign = UUID.randomUUID();

    @Test
    void keepsWhatThePageShowsAndStartsPending() {
        assertThat(invitations.recordRequest(SignOnSamples.humanRightsClub(campaign), NOW)).isTrue();

        SignOnInvitation invitation = invitations.find(campaign, "hrc-baku").orElseThrow();

        assertThat(invitation.organisation()).isEqualTo("Human Rights Club");
        assertThat(invitation.timeZone()).isEqualTo("Asia/Baku");
        assertThat(invitation.draftVersion()).isEqualTo(1);
        assertThat(invitation.signOnDeadline()).isEqualTo(Instant.parse("2018-07-17T09:00:00Z"));
        assertThat(invitation.status()).isEqualTo(SignOnStatus.PENDING);
        assertThat(invitation.answeredDraftVersion()).isNull();
    }

    @Test
    void takesTheDraftOfALaterVersionAndIgnoresAnEarlierOne() {
        invitations.recordRequest(SignOnSamples.humanRightsClub(campaign), NOW);

        assertThat(invitations.recordRequest(version(2, "Second draft"), NOW)).isTrue();
        assertThat(invitations.recordRequest(version(1, "First draft, late"), NOW)).isFalse();

        SignOnInvitation invitation = invitations.find(campaign, "hrc-baku").orElseThrow();
        assertThat(invitation.draftVersion()).isEqualTo(2);
        assertThat(invitation.draftText()).isEqualTo("Second draft");
    }

    @Test
    void recordsARunOfRequestsAsEachAloneWould() {
        invitations.recordRequest(partner("known", 1), NOW);
        invitations.recordRequest(partner("moved-on", 2), NOW);

        boolean[] current = invitations.recordRequests(List.of(partner("new", 1), partner("known", 1),
                partner("moved-on", 1)), NOW);

        assertThat(current).containsExactly(true, true, false);
        assertThat(invitations.find(campaign, "new")).isPresent();
        assertThat(invitations.find(campaign, "moved-on").orElseThrow().draftVersion()).isEqualTo(2);
    }

    @Test
    void recordsASignatureThenADeclineInItsPlace() {
        invitations.recordRequest(SignOnSamples.humanRightsClub(campaign), NOW);
        invitations.recordSigned(campaign, "hrc-baku", new Signatory("Rasul Jafarov", null, "Human Rights Club", "AZ"),
                new byte[] {1, 2, 3}, false, 1, NOW);

        SignOnInvitation signed = invitations.findForAnswer(campaign, "hrc-baku").orElseThrow();
        assertThat(signed.status()).isEqualTo(SignOnStatus.SIGNED);
        assertThat(signed.signatory()).isEqualTo(new Signatory("Rasul Jafarov", null, "Human Rights Club", "AZ"));
        assertThat(signed.answeredDraftVersion()).isEqualTo(1);

        invitations.recordDeclined(campaign, "hrc-baku", "Not this time", 1, NOW.plusSeconds(60));

        SignOnInvitation declined = invitations.find(campaign, "hrc-baku").orElseThrow();
        assertThat(declined.status()).isEqualTo(SignOnStatus.DECLINED);
        assertThat(declined.signatory()).isNull();
        assertThat(declined.declineReason()).isEqualTo("Not this time");
        assertThat(declined.answeredAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void recordsAnAnswerSentAgainOnlyOnce() {
        invitations.recordRequest(SignOnSamples.humanRightsClub(campaign), NOW);
        Signatory rasul = new Signatory("Rasul Jafarov", null, "Human Rights Club", "AZ");

        assertThat(invitations.recordSigned(campaign, "hrc-baku", rasul, new byte[] {1, 2, 3}, false, 1, NOW)).isTrue();
        assertThat(invitations.recordSigned(campaign, "hrc-baku", rasul, new byte[] {1, 2, 3}, false, 1,
                NOW.plusSeconds(5))).isFalse();
        assertThat(invitations.find(campaign, "hrc-baku").orElseThrow().answerCount()).isEqualTo(1);
        assertThat(invitations.find(campaign, "hrc-baku").orElseThrow().answeredAt()).isEqualTo(NOW);

        // anything that differs is a new answer: another image, no longer named, a refusal
        assertThat(invitations.recordSigned(campaign, "hrc-baku", rasul, new byte[] {4}, false, 1, NOW)).isTrue();
        assertThat(invitations.recordSigned(campaign, "hrc-baku", rasul, new byte[] {4}, true, 1, NOW)).isTrue();
        assertThat(invitations.recordDeclined(campaign, "hrc-baku", null, 1, NOW)).isTrue();
        assertThat(invitations.recordDeclined(campaign, "hrc-baku", null, 1, NOW)).isFalse();
        assertThat(invitations.recordDeclined(campaign, "hrc-baku", "Not this time", 1, NOW)).isTrue();
        assertThat(invitations.find(campaign, "hrc-baku").orElseThrow().answerCount()).isEqualTo(5);
    }

    @Test
    void keepsTheAnswerWhenTheDraftChanges() {
        invitations.recordRequest(SignOnSamples.humanRightsClub(campaign), NOW);
        invitations.recordDeclined(campaign, "hrc-baku", null, 1, NOW);

        invitations.recordRequest(version(2, "Second draft"), NOW);

        SignOnInvitation invitation = invitations.find(campaign, "hrc-baku").orElseThrow();
        assertThat(invitation.status()).isEqualTo(SignOnStatus.DECLINED);
        assertThat(invitation.answeredDraftVersion()).isEqualTo(1);
    }

    @Test
    void pointsASignatoryAskedAgainAtWhatChangedUntilTheySignTheNewVersion() {
        invitations.recordRequest(SignOnSamples.humanRightsClub(campaign), NOW);
        Signatory rasul = new Signatory("Rasul Jafarov", null, "Human Rights Club", "AZ");
        invitations.recordSigned(campaign, "hrc-baku", rasul, null, false, 1, NOW);
        assertThat(invitations.find(campaign, "hrc-baku").orElseThrow().showsChanges()).isFalse();
        String diff = "@@ -1 +1 @@\n-Free him.\n+Free him now.\n";

        invitations.recordRequest(SignOnSamples.humanRightsClub(campaign, 2, "Free him now.", diff), NOW);

        SignOnInvitation askedAgain = invitations.find(campaign, "hrc-baku").orElseThrow();
        assertThat(askedAgain.draftDiff()).isEqualTo(diff);
        assertThat(askedAgain.showsChanges()).isTrue();
        invitations.recordSigned(campaign, "hrc-baku", rasul, null, false, 2, NOW);
        assertThat(invitations.find(campaign, "hrc-baku").orElseThrow().showsChanges()).isFalse();

        invitations.recordRequest(SignOnSamples.humanRightsClub(campaign, 3, "Free them now.", null), NOW);
        assertThat(invitations.find(campaign, "hrc-baku").orElseThrow().draftDiff())
                .as("a request that says nothing changed leaves nothing to point at").isNull();
    }

    private SignOnRequested version(int draftVersion, String text) {
        var first = SignOnSamples.humanRightsClub(campaign);
        return new SignOnRequested(campaign, first.partnerId(), first.organisation(), first.contactName(), first.email(),
                first.language(), first.timeZone(), first.campaignTitle(), draftVersion, text, first.signOnDeadline(),
                first.meetingStartsAt(), first.meetingTimeZone(), first.replyTo());
    }

    private SignOnRequested partner(String partnerId, int draftVersion) {
        var reference = SignOnSamples.humanRightsClub(campaign);
        return new SignOnRequested(campaign, partnerId, reference.organisation(), reference.contactName(),
                partnerId + "@x.org", "en", reference.timeZone(), reference.campaignTitle(), draftVersion,
                "Draft " + draftVersion, reference.signOnDeadline(), reference.meetingStartsAt(),
                reference.meetingTimeZone(), null);
    }
}
