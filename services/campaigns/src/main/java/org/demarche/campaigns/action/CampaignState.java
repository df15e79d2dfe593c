package org.demarche.campaigns.action;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import org.demarche.campaigns.campaign.CampaignStatus;

/**
 * A campaign as the actions' rules see it, at the moment of the action.
 *
 * @param status          one of {@link CampaignStatus}'s values
 * @param now             the time of the action
 * @param meetingZone     the meeting's time zone, in which times are shown
 * @param signOnCloses    when signing closes; null if the campaign has no such step
 * @param publication     when the letter is to be published; null if it has no such step
 * @param invited         the partners asked to co-sign
 * @param pendingDeadline whether any step is still to come (none is after its meeting was cancelled)
 */
record CampaignState(String status, Instant now, ZoneId meetingZone, Instant signOnCloses,
                            Instant publication, Set<String> invited, boolean pendingDeadline) {

    public CampaignState {
        invited = Set.copyOf(invited);
    }

    /** Published, done or cancelled: nothing can be done to it by hand any more. */
    boolean finished() {
        return CampaignStatus.PUBLISHED.equals(status) || CampaignStatus.DONE.equals(status)
                || CampaignStatus.CANCELLED.equals(status);
    }

    boolean is(String wanted) {
        return wanted.equals(status);
    }

    /** A moment as coordinators read it: in the meeting's zone, with its offset, e.g. {@code 2018-07-18T11:00+02:00}. */
    String local(Instant instant) {
        return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), meetingZone).toString();
    }

    /** Refuses any action on a finished campaign. */
    void requireUnfinished(ActionKind kind) {
        if (finished()) {
            throw new ActionConflictException(kind, "the campaign is " + status + ": nothing more can be done to it by hand");
        }
    }
}
