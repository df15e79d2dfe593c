package org.demarche.campaigns.action;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.demarche.platform.web.FieldProblem;
import org.demarche.platform.web.InvalidInputException;

/**
 * The body of {@code POST /api/campaigns/{id}/actions}, as sent.
 *
 * @param action    {@code extend-signing}, {@code extra-reminder}, {@code publish-now}, {@code pause},
 *                  {@code resume} or {@code revoke-link}
 * @param reason    why, for the audit log; required
 * @param until     for extend-signing: when signing closes instead, ISO-8601 with an offset or {@code Z}
 * @param partnerId for revoke-link: the partner whose links are withdrawn
 */
record ActionRequest(String action, String reason, String until, String partnerId) {

    /** @throws InvalidInputException naming every field at fault */
    public CampaignAction command(UUID campaignId) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<ActionKind> kind = ActionKind.fromWireName(action == null ? null : action.strip());
        if (kind.isEmpty()) {
            problems.add(new FieldProblem("action", action == null || action.isBlank()
                    ? "is required: one of " + ActionKind.wireNames()
                    : "'" + action + "' is not an action; actions are " + ActionKind.wireNames()));
        }
        Instant untilInstant = parseUntil(problems);
        if (!problems.isEmpty()) {
            problems.addAll(CampaignAction.reasonProblems(reason));
            throw new InvalidInputException(problems);
        }
        switch (kind.get()) {
            case EXTEND_SIGNING:
                return new ExtendSigning(campaignId, reason, untilInstant);
            case EXTRA_REMINDER:
                return new ExtraReminder(campaignId, reason);
            case PUBLISH_NOW:
                return new PublishNow(campaignId, reason);
            case PAUSE:
                return new PauseCampaign(campaignId, reason);
            case RESUME:
                return new ResumeCampaign(campaignId, reason);
            case REVOKE_LINK:
                return new RevokeLink(campaignId, reason, partnerId);
            default:
                throw new IllegalStateException("unhandled action " + kind.get());
        }
    }

    private Instant parseUntil(List<FieldProblem> problems) {
        if (until == null || until.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(until.strip()).toInstant();
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("until", "must be an ISO-8601 date-time with an offset, e.g. "
                    + "2018-07-18T11:00+02:00 or 2018-07-18T09:00Z; was '" + until + "'"));
            return null;
        }
    }
}
