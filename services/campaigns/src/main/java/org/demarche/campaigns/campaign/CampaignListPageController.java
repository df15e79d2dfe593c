package org.demarche.campaigns.campaign;

import java.util.Locale;

import org.demarche.campaigns.registry.Registry;
import org.demarche.campaigns.registry.Target;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /campaigns}: the campaigns for coordinators, each linking to its page. */
@Controller
class CampaignListPageController {

    private final Campaigns campaigns;
    private final Registry registry;

    CampaignListPageController(Campaigns campaigns, Registry registry) {
        this.campaigns = campaigns;
        this.registry = registry;
    }

    /** The service's address, as the local stack prints it, opens the coordinators' campaign list. */
    @GetMapping("/")
    String home() {
        return "redirect:/campaigns";
    }

    @GetMapping("/campaigns")
    String list(Model model, Locale locale) {
        model.addAttribute("rows", campaigns.all().stream()
                .map(campaign -> CampaignRow.of(campaign, targetName(campaign), locale)).toList());
        return "campaign/campaigns";
    }

    private String targetName(Campaign campaign) {
        return registry.target(campaign.targetId()).map(Target::name).orElse(campaign.targetId());
    }
}
