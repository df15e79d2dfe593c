package org.demarche.dashboard.audit;

import java.util.List;
import java.util.UUID;

import org.demarche.platform.web.InvalidInputException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/audit?campaign={id}}: the coordinators' actions on one campaign, newest first;
 * an empty list for a campaign nobody acted on. 400 naming {@code campaign} without a campaign id.
 */
@RestController
class AuditController {

    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/api/audit")
    List<AuditEntry> audit(@RequestParam(required = false) String campaign) {
        if (campaign == null || campaign.isBlank()) {
            throw InvalidInputException.of("campaign", "is required: the id of the campaign whose actions to list");
        }
        try {
            return log.of(UUID.fromString(campaign.strip()));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("campaign", "must be a campaign id (a UUID), was '" + campaign + "'");
        }
    }
}
