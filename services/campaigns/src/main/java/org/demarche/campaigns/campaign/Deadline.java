package org.demarche.campaigns.campaign;

import java.time.Instant;

import org.demarche.campaigns.timeline.DeadlineKind;

/**
 * One step of a campaign and its state.
 *
 * @param status {@code scheduled}, {@code reached} or {@code cancelled}
 */
public record Deadline(DeadlineKind kind, Instant dueAt, String status) {

    public static final String SCHEDULED = "scheduled";
    public static final String REACHED = "reached";
    public static final String CANCELLED = "cancelled";

    boolean reached() {
        return REACHED.equals(status);
    }
}
