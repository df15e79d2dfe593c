package org.demarche.campaigns.action;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import org.demarche.platform.web.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Each action against the campaign as it stands: 409 when its status forbids it, 400 naming a field that does not fit. */
class CampaignActionChecksTest {

    private static final UUID ID = UUID.randomUUID();
    private static final Instant NOW = Instant.parse("2018-07-16T12:00:00Z");
    private static final Instant CLOSES = Instant.parse("2018-07-17T09:00:00Z");
    private static final Instant PUBLICATION = Instant.parse("2018-07-18T09:00:00Z");

    private static CampaignState campaign(String status) {
        return new CampaignState(status, NOW, ZoneId.of("Europe/Paris"), CLOSES, PUBLICATION, Set.of("iphr"), true);
    }

    @Test
    void extendsSigningToAMomentBetweenTheCurrentCloseAndPublication() {
        assertThatCode(() -> extend("2018-07-17T21:00:00Z").checkAgainst(campaign("signing"))).doesNotThrowAnyException();
        assertThatCode(() -> extend("2018-07-17T21:00:00Z").checkAgainst(campaign("open"))).doesNotThrowAnyException();
    }

    @Test
    void refusesAnExtensionIntoThePastOrNotAfterTheCloseOrNotBeforePublicationNamingUntil() {
        assertThatThrownBy(() -> extend("2018-07-16T11:00:00Z").checkAgainst(campaign("signing")))
                .isInstanceOf(InvalidInputException.class).hasMessage("until: is in the past: 2018-07-16T13:00+02:00");
        assertThatThrownBy(() -> extend("2018-07-17T09:00:00Z").checkAgainst(campaign("signing")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("until: must be after the current close, 2018-07-17T11:00+02:00");
        assertThatThrownBy(() -> extend("2018-07-18T09:00:00Z").checkAgainst(campaign("signing")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("until: must be before the letter's publication, 2018-07-18T11:00+02:00");
    }

    @Test
    void refusesAnExtensionOnceSigningClosedOrWhilePaused() {
        assertConflict(extend("2018-07-17T21:00:00Z"), "closed-for-signing", "signing has closed");
        assertConflict(extend("2018-07-17T21:00:00Z"), "paused", "resume it first");
    }

    @Test
    void remindsOnlyWhileSigning() {
        assertThatCode(() -> new ExtraReminder(ID, "r").checkAgainst(campaign("signing"))).doesNotThrowAnyException();
        assertConflict(new ExtraReminder(ID, "r"), "open", "partners have not been asked");
        assertConflict(new ExtraReminder(ID, "r"), "closed-for-signing", "signing has closed");
        assertConflict(new ExtraReminder(ID, "r"), "paused", "paused");
    }

    @Test
    void publishesNowOnceSomeoneWasAskedAndTheCampaignRuns() {
        assertThatCode(() -> new PublishNow(ID, "r").checkAgainst(campaign("signing"))).doesNotThrowAnyException();
        assertThatCode(() -> new PublishNow(ID, "r").checkAgainst(campaign("closed-for-signing")))
                .doesNotThrowAnyException();
        assertConflict(new PublishNow(ID, "r"), "open", "no signatory");
        assertConflict(new PublishNow(ID, "r"), "paused", "resume it first");
    }

    @Test
    void pausesARunningCampaignOnceAndResumesOnlyAPausedOne() {
        for (String status : new String[] {"open", "signing", "closed-for-signing"}) {
            assertThatCode(() -> new PauseCampaign(ID, "r").checkAgainst(campaign(status))).doesNotThrowAnyException();
            assertConflict(new ResumeCampaign(ID, "r"), status, "is not paused (it is " + status + ")");
        }
        assertConflict(new PauseCampaign(ID, "r"), "paused", "paused already");
        assertThatCode(() -> new ResumeCampaign(ID, "r").checkAgainst(campaign("paused"))).doesNotThrowAnyException();
    }

    @Test
    void doesNotResumeACampaignWhoseMeetingWasCancelled() {
        CampaignState cancelledMeeting = new CampaignState("paused", NOW, ZoneId.of("Europe/Paris"), CLOSES,
                PUBLICATION, Set.of(), false);

        assertThatThrownBy(() -> new ResumeCampaign(ID, "r").checkAgainst(cancelledMeeting))
                .isInstanceOf(ActionConflictException.class).hasMessageContaining("cancelled with its meeting");
    }

    @Test
    void revokesOnlyTheLinkOfAnInvitedPartner() {
        assertThatCode(() -> new RevokeLink(ID, "r", "iphr").checkAgainst(campaign("paused"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> new RevokeLink(ID, "r", "nobody").checkAgainst(campaign("signing")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("partnerId: 'nobody' was not invited to this campaign");
    }

    @Test
    void refusesEveryActionOnAFinishedCampaign() {
        CampaignAction[] all = {extend("2018-07-17T21:00:00Z"), new ExtraReminder(ID, "r"), new PublishNow(ID, "r"),
                new PauseCampaign(ID, "r"), new ResumeCampaign(ID, "r"), new RevokeLink(ID, "r", "iphr")};
        for (String status : new String[] {"published", "done", "cancelled"}) {
            for (CampaignAction action : all) {
                assertConflict(action, status, "the campaign is " + status + ": nothing more can be done");
            }
        }
    }

    private static ExtendSigning extend(String until) {
        return new ExtendSigning(ID, "r", Instant.parse(until));
    }

    private static void assertConflict(CampaignAction action, String status, String why) {
        assertThatThrownBy(() -> action.checkAgainst(campaign(status)))
                .as(action.kind().wireName() + " on a campaign " + status)
                .isInstanceOf(ActionConflictException.class)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((ActionConflictException) e).detail())
                        .startsWith(action.kind().wireName() + " is not possible now: ").contains(why));
    }
}
