package org.demarche.campaigns.action;

import java.time.ZoneId;

import org.demarche.campaigns.console.ConsoleTimes;

/**
 * One action form of the campaign page, as submitted.
 *
 * @param action    the action's name in the API, e.g. {@code extend-signing}
 * @param until     for extend-signing: a {@code datetime-local} value, in the meeting's zone
 * @param partnerId for revoke-link
 */
record ActionForm(String action, String reason, String until, String partnerId) {

    static final ActionForm EMPTY = new ActionForm(null, null, null, null);

    /**
     * The API's request: the local time given its offset in the meeting's zone. A value that is not
     * a date and time goes as typed, for the API's own check to name the field.
     */
    ActionRequest request(ZoneId meetingZone) {
        String untilWithOffset = ConsoleTimes.withOffset(until, meetingZone).orElse(until);
        return new ActionRequest(action, reason, untilWithOffset, partnerId);
    }
}
