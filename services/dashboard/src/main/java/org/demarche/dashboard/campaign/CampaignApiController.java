package org.demarche.dashboard.campaign;

import java.util.List;
import java.util.UUID;

import org.demarche.dashboard.DashboardProperties;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/campaigns}: the leads' read model as JSON. */
@RestController
@RequestMapping("/api/campaigns")
class CampaignApiController {

    private final CampaignReadModel model;
    private final DashboardProperties properties;

    CampaignApiController(CampaignReadModel model, DashboardProperties properties) {
        this.model = model;
        this.properties = properties;
    }

    @GetMapping
    List<CampaignOverview> all() {
        return model.overviews();
    }

    @GetMapping("/{id}")
    ResponseEntity<CampaignDetail> one(@PathVariable UUID id) {
        return ResponseEntity.of(model.overview(id).map(overview -> CampaignDetail.of(overview,
                model.deadlines(id), model.history(id, properties.historyLimit()))));
    }
}
