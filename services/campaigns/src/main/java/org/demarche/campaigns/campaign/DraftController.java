package org.demarche.campaigns.campaign;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.demarche.campaigns.draft.DraftEditRequest;
import org.demarche.campaigns.draft.DraftVersion;
import org.demarche.campaigns.draft.DraftVersions;
import org.demarche.platform.web.ProblemTypes;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/campaigns/{id}/draft} and {@code /drafts}: a coordinator rewords the draft; anyone
 * with access reads its versions and what changed between them.
 */
@RestController
@RequestMapping("/api/campaigns/{id}")
class DraftController {

    private final DraftRevisions revisions;
    private final DraftVersions versions;
    private final Campaigns campaigns;

    DraftController(DraftRevisions revisions, DraftVersions versions, Campaigns campaigns) {
        this.revisions = revisions;
        this.versions = versions;
        this.campaigns = campaigns;
    }

    /** 200 with the version now current; {@code made} tells whether this edit made it. */
    @PutMapping("/draft")
    @ApiResponse(responseCode = "200", description = "the version now current; `made` tells whether this edit made it")
    @ApiResponse(responseCode = "409", description = "the letter is published or the campaign cancelled, or the "
            + "edit would change the ask after signing closed")
    DraftView edit(@PathVariable UUID id, @RequestBody DraftEditRequest request) {
        if (campaigns.find(id).isEmpty()) {
            throw new UnknownCampaignException(id);
        }
        var edits = request.validate();
        var revision = revisions.edit(id, edits, request.strippedReason());
        return DraftView.of(revision.version(), revision.made());
    }

    @GetMapping("/drafts")
    ResponseEntity<List<DraftSummary>> all(@PathVariable UUID id) {
        if (campaigns.find(id).isEmpty()) {
            throw ProblemTypes.notFound("No campaign " + id);
        }
        return ResponseEntity.ok(versions.all(id).stream().map(DraftSummary::of).toList());
    }

    @GetMapping("/drafts/{version}")
    ResponseEntity<DraftView> one(@PathVariable UUID id, @PathVariable int version) {
        return ResponseEntity.of(versions.find(id, version).map(v -> DraftView.of(v, null)));
    }

    /** A version in the list: what and why, without its text. */
    record DraftSummary(int version, Instant createdAt, String reason, String language, boolean asksConfirmation) {

        static DraftSummary of(DraftVersion version) {
            return new DraftSummary(version.version(), version.createdAt(), version.reason(), version.language(),
                    version.asksConfirmation());
        }
    }

    /**
     * One version: its text, the diff from the version before, and the rewording in force.
     *
     * @param asksConfirmation whether it changed the ask or the people named, so that earlier
     *                         signatories were asked to confirm
     * @param made             on an edit: whether the edit made this version; absent otherwise
     */
    record DraftView(int version, Instant createdAt, String reason, String language, boolean asksConfirmation,
                     String text, String diff, Map<String, String> edits, Boolean made) {

        static DraftView of(DraftVersion version, Boolean made) {
            return new DraftView(version.version(), version.createdAt(), version.reason(), version.language(),
                    version.asksConfirmation(), version.text(), version.diff(), version.edits().byWireName(), made);
        }
    }
}
