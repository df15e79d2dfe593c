package org.demarche.campaigns.timeline;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The plan of every campaign ({@code demarche.timeline.*}): ISO-8601 durations such as
 * {@code P9D}, counted in the meeting's own time zone; see {@link TimelineOffset}.
 *
 * @param signOnRequests before the meeting: partners are asked to co-sign
 * @param reminder       before the meeting: partners who have not answered are reminded
 * @param signOnCloses   before the meeting: signing closes
 * @param publication    before the meeting: the letter is published and sent
 * @param followUp       after the meeting: leads are reminded to follow up
 */
@ConfigurationProperties("demarche.timeline")
record TimelineProperties(
        @DefaultValue("P9D") TimelineOffset signOnRequests,
        @DefaultValue("P5D") TimelineOffset reminder,
        @DefaultValue("P3D") TimelineOffset signOnCloses,
        @DefaultValue("P2D") TimelineOffset publication,
        @DefaultValue("P7D") TimelineOffset followUp) {

    public TimelineProperties {
        requireOrder("sign-on-requests", signOnRequests, "reminder", reminder);
        requireOrder("reminder", reminder, "sign-on-closes", signOnCloses);
        requireOrder("sign-on-closes", signOnCloses, "publication", publication);
    }

    /** How far from the meeting a step lies. */
    public TimelineOffset offset(DeadlineKind kind) {
        return switch (kind) {
            case SIGN_ON_REQUESTS -> signOnRequests;
            case REMINDER -> reminder;
            case SIGN_ON_CLOSES -> signOnCloses;
            case PUBLICATION -> publication;
            case FOLLOW_UP -> followUp;
        };
    }

    private static void requireOrder(String earlierName, TimelineOffset earlier, String laterName, TimelineOffset later) {
        if (earlier.approximately().compareTo(later.approximately()) <= 0) {
            throw new IllegalArgumentException("demarche.timeline." + earlierName + " (" + earlier
                    + ") must be further before the meeting than demarche.timeline." + laterName + " (" + later + ")");
        }
    }
}
