package org.demarche.dashboard.campaign;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.demarche.dashboard.audit.AuditLog;
import org.demarche.platform.page.WebProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The leads' pages, rendered on the server: the table of campaigns at {@code /} (filtered by
 * {@code ?status=&country=}), each row alone (what the page fetches when the stream says a campaign
 * changed), each campaign's own page and the part of it that follows the stream.
 */
@Controller
class DashboardPageController {

    private final Campaigns campaigns;
    private final AuditLog audit;
    /** Where leads' browsers reach the campaigns service: for the coordinators' page and the letters. */
    private final URI campaignsUrl;
    private final Clock clock;

    DashboardPageController(Campaigns campaigns, AuditLog audit, WebProperties web, Clock clock) {
        this.campaigns = campaigns;
        this.audit = audit;
        this.campaignsUrl = URI.create(web.serviceUrls().campaigns());
        this.clock = clock;
    }

    @GetMapping("/")
    String dashboard(@RequestParam(required = false) String status, @RequestParam(required = false) String country,
                     Locale locale, Model model) {
        var now = clock.instant();
        var filter = new CampaignFilter(status, country);
        List<CampaignOverview> all = campaigns.overviews();
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", CampaignFilter.STATUSES);
        model.addAttribute("countries", all.stream().map(CampaignOverview::country).distinct().sorted().toList());
        model.addAttribute("total", all.size());
        model.addAttribute("rows", all.stream().filter(filter::matches).map(c -> CampaignRow.of(c, now, locale)).toList());
        return "campaign/dashboard";
    }

    /** The campaign's row, or 204 when it falls outside the page's filter (the page then drops it). */
    @GetMapping("/campaigns/{id}/row")
    String row(@PathVariable UUID id, @RequestParam(required = false) String status,
               @RequestParam(required = false) String country, Locale locale, Model model,
               HttpServletResponse response) {
        var overview = campaigns.overview(id).orElseThrow(() -> unknown(id));
        if (!new CampaignFilter(status, country).matches(overview)) {
            response.setStatus(HttpStatus.NO_CONTENT.value());
            return null;
        }
        model.addAttribute("row", CampaignRow.of(overview, clock.instant(), locale));
        return "campaign/row :: row";
    }

    @GetMapping("/campaigns/{id}")
    String campaign(@PathVariable UUID id, Locale locale, Model model) {
        model.addAttribute("page", page(id, locale));
        // where coordinators act on it: the campaigns service's own page (one sign-in opens it)
        model.addAttribute("consolePage", org.springframework.web.util.UriComponentsBuilder
                .fromUri(campaignsUrl).path("/campaigns/{id}").buildAndExpand(id).toUri());
        return "campaign/campaign";
    }

    /** What the campaign page swaps in when the stream says this campaign changed. */
    @GetMapping("/campaigns/{id}/live")
    String live(@PathVariable UUID id, Locale locale, Model model) {
        model.addAttribute("page", page(id, locale));
        return "campaign/campaign :: live";
    }

    private CampaignPage page(UUID id, Locale locale) {
        var detail = campaigns.detail(id).orElseThrow(() -> unknown(id));
        return CampaignPage.of(detail, audit.of(id), clock.instant(), locale, campaignsUrl);
    }

    private static ResponseStatusException unknown(UUID id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No campaign has the id " + id);
    }
}
