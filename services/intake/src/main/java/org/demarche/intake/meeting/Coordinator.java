package org.demarche.intake.meeting;

import org.demarche.platform.security.AccountEmail;
import org.demarche.platform.security.AccountName;

/**
 * The person who entered a meeting, by form, API, calendar upload or review: partners' replies
 * about the campaigns it opens go to them. Resolved from the signed-in person where the request
 * comes in and handed down explicitly, so that work done later or on another thread (an
 * asynchronous calendar import) still knows who asked for it. Feeds and the demo have nobody.
 *
 * <p>Only what the events can carry is kept: a username outside the accounts' shape (a provider's
 * display name) or an address that is not one is left out rather than refused, since the meeting
 * itself is fine.
 *
 * @param username the account's name; null for nobody
 * @param email    that person's own address when they have one; null otherwise
 */
public record Coordinator(String username, String email) {

    /** No person: meetings from feeds and the demo. */
    public static final Coordinator NOBODY = new Coordinator(null, null);

    public Coordinator {
        username = AccountName.isValid(username) ? username : null;
        email = AccountEmail.isValid(email) ? email : null;
    }
}
