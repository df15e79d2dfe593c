package org.demarche.dashboard.campaign;

import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/campaigns}: the leads' read model as JSON. */
@RestController
@RequestMapping("/api/campaigns")
class CampaignApiController {

    private final Campaigns campaigns;

    CampaignApiController(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    @GetMapping
    List<CampaignOverview> all() {
        return campaigns.overviews();
    }

    @GetMapping("/{id}")
    ResponseEntity<CampaignDetail> one(@PathVariable UUID id) {
        return ResponseEntity.of(campaigns.detail(id));
    }
}
