package org.demarche.campaigns.timeline;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The plan of every campaign, in calendar days counted in the meeting's own time zone
 * ({@code demarche.timeline.*}, ISO-8601 periods such as {@code P9D}).
 *
 * @param signOnRequests before the meeting: partners are asked to co-sign
 * @param reminder       before the meeting: partners who have not answered are reminded
 * @param signOnCloses   before the meeting: signing closes
 * @param publication    before the meeting: the letter is published and sent
 * @param followUp       after the meeting: leads are reminded to follow up
 */
@ConfigurationProperties("demarche.timeline")
public record TimelineProperties(
        @DefaultValue("P9D") Period signOnRequests,
        @DefaultValue("P5D") Period reminder,
        @DefaultValue("P3D") Period signOnCloses,
        @DefaultValue("P2D") Period publication,
        @DefaultValue("P7D") Period followUp) {

    public TimelineProperties {
        requireOrder("sign-on-requests", signOnRequests, "reminder", reminder);
        requireOrder("reminder", reminder, "sign-on-closes", signOnCloses);
        requireOrder("sign-on-closes", signOnCloses, "publication", publication);
        if (publication.isNegative() || followUp.isNegative()) {
            throw new IllegalArgumentException("demarche.timeline periods are distances from the meeting and cannot be negative");
        }
    }

    private static void requireOrder(String earlierName, Period earlier, String laterName, Period later) {
        if (days(earlier) <= days(later)) {
            throw new IllegalArgumentException("demarche.timeline." + earlierName + " (" + earlier
                    + ") must be further before the meeting than demarche.timeline." + laterName + " (" + later + ")");
        }
    }

    private static long days(Period period) {
        return period.toTotalMonths() * 31 + period.getDays();
    }
}
