package org.demarche.campaigns.timeline;

import java.time.Instant;

/** When one step of a campaign is due. */
public record PlannedDeadline(DeadlineKind kind, Instant dueAt) {
}
