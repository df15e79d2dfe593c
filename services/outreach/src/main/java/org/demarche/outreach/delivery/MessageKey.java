package org.demarche.outreach.delivery;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

/**
 * What makes a message the same message: written once under this key, whatever the number of
 * times the request for it arrives.
 *
 * @param campaignId the campaign it is about
 * @param partnerId  the partner it goes to; for final letters, the recipient's email address
 * @param kind       {@code sign-on-request}, {@code reminder}, {@code final-letter} or {@code confirmation}, as
 *                   reported in EmailSent/EmailFailed
 * @param occasion   what distinguishes messages of one kind to one partner, e.g. {@code draft-2} or {@code reminder-1}
 */
public record MessageKey(UUID campaignId, String partnerId, String kind, String occasion) {

    public static final String SIGN_ON_REQUEST = "sign-on-request";
    public static final String REMINDER = "reminder";
    public static final String FINAL_LETTER = "final-letter";
    public static final String CONFIRMATION = "confirmation";

    public MessageKey {
        requireNonNull(campaignId, "campaignId is required");
        requireNonNull(partnerId, "partnerId is required");
        requireNonNull(kind, "kind is required");
        requireNonNull(occasion, "occasion is required");
    }

    /** One request to co-sign per draft version. */
    public static MessageKey signOnRequest(UUID campaignId, String partnerId, int draftVersion) {
        return new MessageKey(campaignId, partnerId, SIGN_ON_REQUEST, "draft-" + draftVersion);
    }

    /** One reminder per reminder number, whichever draft is current. */
    public static MessageKey reminder(UUID campaignId, String partnerId, int reminderNumber) {
        return new MessageKey(campaignId, partnerId, REMINDER, "reminder-" + reminderNumber);
    }

    /** One final letter per recipient address and published version. */
    public static MessageKey finalLetter(UUID campaignId, String email, int draftVersion) {
        return new MessageKey(campaignId, email, FINAL_LETTER, "draft-" + draftVersion);
    }

    /** One confirmation per answer a partner gives, numbered from 1. */
    public static MessageKey confirmation(UUID campaignId, String partnerId, int answerNumber) {
        return new MessageKey(campaignId, partnerId, CONFIRMATION, "answer-" + answerNumber);
    }
}
