package org.demarche.dashboard.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One action in the audit log, as {@code GET /api/audit} shows it.
 *
 * @param at     when the action was taken
 * @param actor  who took it; {@code anonymous} for an unauthenticated call
 * @param action {@code extend-signing}, {@code extra-reminder}, {@code publish-now}, {@code pause},
 *               {@code resume} or {@code revoke-link}
 * @param detail what it did, in one sentence
 * @param reason why, as the coordinator gave it
 */
public record AuditEntry(Instant at, String actor, String action, UUID campaignId, String detail, String reason) {
}
