package org.demarche.campaigns.action;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.demarche.platform.web.FieldProblem;
import org.demarche.platform.web.InvalidInputException;

/**
 * A coordinator's command on one campaign. Each record checks its own fields when made (400
 * naming them); {@link #checkAgainst} checks it against the campaign as it is now.
 */
sealed interface CampaignAction
        permits ExtendSigning, ExtraReminder, PublishNow, PauseCampaign, ResumeCampaign, RevokeLink {

    int MAX_REASON_LENGTH = 500;

    UUID campaignId();

    /** Why, as the coordinator gave it, stripped. */
    String reason();

    ActionKind kind();

    /**
     * @throws ActionConflictException when the campaign's status forbids the action (409)
     * @throws InvalidInputException   when a field does not fit the campaign (400 naming it)
     */
    void checkAgainst(CampaignState campaign);

    /** What is wrong with a reason; every action needs one, for the audit log. */
    static List<FieldProblem> reasonProblems(String reason) {
        List<FieldProblem> problems = new ArrayList<>();
        if (reason == null || reason.isBlank()) {
            problems.add(new FieldProblem("reason", "is required: say why, for the audit log"));
        } else if (reason.strip().length() > MAX_REASON_LENGTH) {
            problems.add(new FieldProblem("reason", "must be at most " + MAX_REASON_LENGTH + " characters"));
        }
        return problems;
    }

    static void requireNone(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    static void requireCampaignId(UUID campaignId) {
        if (campaignId == null) {
            throw new IllegalArgumentException("campaignId is required");
        }
    }
}
