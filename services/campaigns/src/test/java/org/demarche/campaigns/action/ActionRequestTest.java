package org.demarche.campaigns.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.demarche.platform.web.FieldProblem;
import org.demarche.platform.web.InvalidInputException;
import org.junit.jupiter.api.Test;

class ActionRequestTest {

    private static final UUID CAMPAIGN = UUID.fromString("6b1e2c3d-4f5a-4b6c-8d7e-9f0a1b2c3d4e");

    @Test
    void makesTheCommandOfEachActionWithItsReasonStripped() {
        assertThat(new ActionRequest("extend-signing", " two partners asked ", "2018-07-18T11:00+02:00", null)
                .command(CAMPAIGN))
                .isEqualTo(new ExtendSigning(CAMPAIGN, "two partners asked", Instant.parse("2018-07-18T09:00:00Z")));
        assertThat(new ActionRequest("extend-signing", "r", "2018-07-18T09:00Z", null).command(CAMPAIGN))
                .isEqualTo(new ExtendSigning(CAMPAIGN, "r", Instant.parse("2018-07-18T09:00:00Z")));
        assertThat(new ActionRequest("extra-reminder", "r", null, null).command(CAMPAIGN))
                .isEqualTo(new ExtraReminder(CAMPAIGN, "r"));
        assertThat(new ActionRequest("publish-now", "r", null, null).command(CAMPAIGN))
                .isEqualTo(new PublishNow(CAMPAIGN, "r"));
        assertThat(new ActionRequest("pause", "r", null, null).command(CAMPAIGN))
                .isEqualTo(new PauseCampaign(CAMPAIGN, "r"));
        assertThat(new ActionRequest("resume", "r", null, null).command(CAMPAIGN))
                .isEqualTo(new ResumeCampaign(CAMPAIGN, "r"));
        assertThat(new ActionRequest("revoke-link", "r", null, " iphr ").command(CAMPAIGN))
                .isEqualTo(new RevokeLink(CAMPAIGN, "r", "iphr"));
    }

    @Test
    void refusesAMissingOrUnknownActionNamingTheActionsThereAre() {
        assertThat(problems(new ActionRequest(null, "r", null, null)))
                .containsExactly(new FieldProblem("action", "is required: one of extend-signing, extra-reminder, "
                        + "publish-now, pause, resume, revoke-link"));
        assertThat(problems(new ActionRequest("cancel", null, null, null)))
                .extracting(FieldProblem::field).containsExactly("action", "reason");
        assertThat(problems(new ActionRequest("cancel", "r", null, null)).get(0).message())
                .startsWith("'cancel' is not an action; actions are extend-signing");
    }

    @Test
    void refusesAMissingOrBlankOrOverlongReasonForEveryAction() {
        for (ActionKind kind : ActionKind.values()) {
            assertThat(problems(new ActionRequest(kind.wireName(), "  ", "2018-07-18T09:00Z", "iphr")))
                    .as(kind.wireName())
                    .containsExactly(new FieldProblem("reason", "is required: say why, for the audit log"));
            assertThat(problems(new ActionRequest(kind.wireName(), null, "2018-07-18T09:00Z", "iphr")))
                    .extracting(FieldProblem::field).containsExactly("reason");
        }
        assertThat(problems(new ActionRequest("pause", "x".repeat(501), null, null)))
                .containsExactly(new FieldProblem("reason", "must be at most 500 characters"));
    }

    @Test
    void extendSigningNeedsAnUntilWithAnOffset() {
        assertThat(problems(new ActionRequest("extend-signing", null, null, null)))
                .extracting(FieldProblem::field).containsExactly("reason", "until");
        assertThat(problems(new ActionRequest("extend-signing", "r", "2018-07-18T11:00", null)))
                .singleElement().satisfies(problem -> {
                    assertThat(problem.field()).isEqualTo("until");
                    assertThat(problem.message()).startsWith("must be an ISO-8601 date-time with an offset");
                });
        assertThat(problems(new ActionRequest("extend-signing", "r", "next tuesday", null)))
                .extracting(FieldProblem::field).containsExactly("until");
    }

    @Test
    void revokeLinkNeedsAPartner() {
        assertThat(problems(new ActionRequest("revoke-link", "r", null, " ")))
                .extracting(FieldProblem::field).containsExactly("partnerId");
        assertThat(problems(new ActionRequest("revoke-link", "", null, null)))
                .extracting(FieldProblem::field).containsExactly("reason", "partnerId");
    }

    @Test
    void commandsCheckThemselvesWhenMadeDirectly() {
        assertThatThrownBy(() -> new ExtendSigning(CAMPAIGN, "r", null)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("until: is required for extend-signing");
        assertThatThrownBy(() -> new PauseCampaign(null, "r")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("campaignId is required");
    }

    private static java.util.List<FieldProblem> problems(ActionRequest request) {
        try {
            request.command(CAMPAIGN);
        } catch (InvalidInputException e) {
            return e.problems();
        }
        throw new AssertionError("expected " + request + " to be refused");
    }
}
