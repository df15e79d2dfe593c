package org.demarche.dashboard.audit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code GET /audit}: the coordinators' latest actions on every campaign, newest first, each
 * linking to its campaign (whose page lists all of its own). Leads read it, as the API's
 * {@code /api/audit}.
 */
@Controller
class AuditPageController {

    static final int LATEST = 200;

    private final AuditLog log;

    AuditPageController(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/audit")
    String audit(Model model) {
        model.addAttribute("entries", log.latest(LATEST));
        return "audit/audit";
    }
}
