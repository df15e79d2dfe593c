package org.demarche.dashboard.campaign;

import org.demarche.events.DemarcheEvent;
import org.demarche.events.campaign.CampaignActionTaken;
import org.demarche.events.campaign.CampaignClosed;
import org.demarche.events.campaign.CampaignOpened;
import org.demarche.events.campaign.CampaignPaused;
import org.demarche.events.campaign.CampaignResumed;
import org.demarche.events.campaign.DeadlineReached;
import org.demarche.events.campaign.DeadlineScheduled;
import org.demarche.events.campaign.DraftRevised;
import org.demarche.events.campaign.LetterPublished;
import org.demarche.events.meeting.MeetingRescheduled;
import org.demarche.events.outreach.PartnerLinkRevoked;
import org.demarche.events.outreach.SignOnRequested;
import org.demarche.events.response.EmailBounced;
import org.demarche.events.response.EmailFailed;
import org.demarche.events.response.EmailSent;
import org.demarche.events.response.PartnerDeclined;
import org.demarche.events.response.PartnerSigned;

/** One line a lead can read in a campaign's history. */
final class EventSummary {

    private EventSummary() {
    }

    static String of(DemarcheEvent event) {
        if (event instanceof CampaignOpened e) {
            return "Campaign opened: " + e.title();
        } else if (event instanceof DraftRevised e) {
            return "Draft version " + e.version() + ": " + e.reason();
        } else if (event instanceof DeadlineScheduled e) {
            return "Deadline " + e.kind() + " scheduled for " + e.dueAt();
        } else if (event instanceof DeadlineReached e) {
            return "Deadline " + e.kind() + " reached";
        } else if (event instanceof SignOnRequested e) {
            return e.organisation() + " asked to co-sign";
        } else if (event instanceof PartnerSigned e) {
            return e.signatory().organisation() + " signed";
        } else if (event instanceof PartnerDeclined e) {
            return "Partner " + e.partnerId() + " declined";
        } else if (event instanceof EmailSent e) {
            return "Email " + e.kind() + " to partner " + e.partnerId() + " sent";
        } else if (event instanceof EmailFailed e) {
            return "Email " + e.kind() + " to partner " + e.partnerId() + " failed: " + e.reason();
        } else if (event instanceof EmailBounced e) {
            return "Email to partner " + e.partnerId() + " bounced: " + e.reason();
        } else if (event instanceof LetterPublished e) {
            return "Letter published with " + e.signatories().size() + " signatories";
        } else if (event instanceof CampaignPaused e) {
            return "Campaign paused: " + e.reason();
        } else if (event instanceof CampaignResumed e) {
            return "Campaign resumed (" + e.status() + "): " + e.reason();
        } else if (event instanceof CampaignActionTaken e) {
            return "Coordinator " + e.actor() + ": " + e.action() + ", " + e.detail() + " — " + e.reason();
        } else if (event instanceof PartnerLinkRevoked e) {
            return "Sign-on links of partner " + e.partnerId() + " revoked: " + e.reason();
        } else if (event instanceof MeetingRescheduled e) {
            return "Meeting moved from " + e.previousStartsAt() + " to " + e.startsAt() + " (" + e.city() + ")";
        } else if (event instanceof CampaignClosed e) {
            return "Campaign " + e.status() + (e.reason() == null ? "" : ": " + e.reason());
        }
        return event.getClass().getSimpleName();
    }
}
