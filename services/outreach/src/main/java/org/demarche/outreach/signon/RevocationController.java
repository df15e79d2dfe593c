package org.demarche.outreach.signon;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.demarche.platform.web.FieldProblem;
import org.demarche.platform.web.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/sign-on/revocations} {@code {"campaignId", "partnerId", "reason"}}: a
 * coordinator withdraws a partner's links to a campaign. 201 with the recorded revocation; 400
 * naming the field.
 */
@RestController
class RevocationController {

    static final int MAX_REASON_LENGTH = 2000;

    private final SignOnRevocations revocations;

    RevocationController(SignOnRevocations revocations) {
        this.revocations = revocations;
    }

    @PostMapping("/api/sign-on/revocations")
    @ApiResponse(responseCode = "201", description = "revoked: the partner's link answers 410 from now on")
    ResponseEntity<SignOnRevocations.Revocation> revoke(@RequestBody RevocationRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        UUID campaignId = null;
        if (request.campaignId() == null || request.campaignId().isBlank()) {
            problems.add(new FieldProblem("campaignId", "is required"));
        } else {
            try {
                campaignId = UUID.fromString(request.campaignId().strip());
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("campaignId", "must be a UUID"));
            }
        }
        if (request.partnerId() == null || request.partnerId().isBlank()) {
            problems.add(new FieldProblem("partnerId", "is required"));
        }
        if (request.reason() != null && request.reason().length() > MAX_REASON_LENGTH) {
            problems.add(new FieldProblem("reason", "must be at most " + MAX_REASON_LENGTH + " characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var revocation = revocations.revoke(campaignId, request.partnerId().strip(),
                request.reason() == null || request.reason().isBlank() ? null : request.reason().strip());
        return ResponseEntity.created(URI.create("/api/sign-on/revocations/" + revocation.id())).body(revocation);
    }

    record RevocationRequest(String campaignId, String partnerId, String reason) {
    }
}
