package org.demarche.dashboard.page;

import java.time.Clock;
import java.util.UUID;

import org.demarche.dashboard.campaign.Campaigns;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The leads' pages, rendered on the server: the table of campaigns at {@code /}, each row alone
 * (what the page fetches when the stream says a campaign changed) and each campaign's own page.
 */
@Controller
class DashboardPageController {

    private final Campaigns campaigns;
    private final Clock clock;

    DashboardPageController(Campaigns campaigns, Clock clock) {
        this.campaigns = campaigns;
        this.clock = clock;
    }

    @GetMapping("/")
    String dashboard(Model model) {
        var now = clock.instant();
        model.addAttribute("rows", campaigns.overviews().stream().map(c -> CampaignRow.of(c, now)).toList());
        return "dashboard";
    }

    @GetMapping("/campaigns/{id}/row")
    String row(@PathVariable UUID id, Model model) {
        var overview = campaigns.overview(id).orElseThrow(() -> unknown(id));
        model.addAttribute("row", CampaignRow.of(overview, clock.instant()));
        return "campaign-row :: row";
    }

    @GetMapping("/campaigns/{id}")
    String campaign(@PathVariable UUID id, Model model) {
        var detail = campaigns.detail(id).orElseThrow(() -> unknown(id));
        model.addAttribute("page", CampaignPage.of(detail, clock.instant()));
        return "campaign";
    }

    private static ResponseStatusException unknown(UUID id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No campaign has the id " + id);
    }
}
