package org.demarche.campaigns.action;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.security.Principal;
import java.time.Instant;
import java.util.UUID;

import org.demarche.events.campaign.CampaignActionTaken;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/campaigns/{id}/actions}: a coordinator acts on a campaign by hand. 200 with the
 * audit log's entry; 400 naming the field; 404 for an unknown campaign; 409 when the campaign's
 * state does not allow the action. The actor is the authenticated user, {@code anonymous} without one.
 */
@RestController
class CampaignActionController {

    private final CampaignActions actions;

    CampaignActionController(CampaignActions actions) {
        this.actions = actions;
    }

    static final String EXTEND_SIGNING = """
            {"action": "extend-signing", "reason": "Human Rights Club asked for the afternoon to gather signatures",
             "until": "2018-07-17T18:00:00+02:00"}""";

    @PostMapping("/api/campaigns/{id}/actions")
    @Operation(summary = "Take a coordinator's action on a campaign; recorded in the audit log",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "extend signing", value = EXTEND_SIGNING))))
    @ApiResponse(responseCode = "200", description = "taken: the audit log's entry")
    @ApiResponse(responseCode = "409", description = "the campaign's state does not allow this action")
    ActionTaken act(@PathVariable UUID id, @RequestBody ActionRequest request, Principal principal) {
        CampaignAction action = request.command(id);
        return ActionTaken.of(actions.take(action, principal == null ? null : principal.getName()));
    }

    /** The audit log's entry for the action, as the dashboard's {@code GET /api/audit} shows it. */
    record ActionTaken(Instant at, String actor, String action, UUID campaignId, String reason, String detail) {

        static ActionTaken of(CampaignActionTaken taken) {
            return new ActionTaken(taken.takenAt(), taken.actor(), taken.action(), taken.campaignId(), taken.reason(),
                    taken.detail());
        }
    }
}
