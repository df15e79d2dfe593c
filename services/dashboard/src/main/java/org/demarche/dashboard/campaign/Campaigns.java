package org.demarche.dashboard.campaign;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.demarche.dashboard.DashboardProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the rest of the dashboard may ask of the read model: the campaigns as leads see them. */
@Service
public class Campaigns {

    private final CampaignReadModel model;
    private final DashboardProperties properties;

    Campaigns(CampaignReadModel model, DashboardProperties properties) {
        this.model = model;
        this.properties = properties;
    }

    /** Every campaign, soonest meeting first. */
    public List<CampaignOverview> overviews() {
        return model.overviews(CampaignFilter.none(), 0, Long.MAX_VALUE);
    }

    /** The campaigns the filter keeps, soonest meeting first. */
    List<CampaignOverview> overviews(CampaignFilter filter) {
        return model.overviews(filter, 0, Long.MAX_VALUE);
    }

    /** One page of the campaigns the filter keeps, soonest meeting first; {@code page} counts from 0. */
    List<CampaignOverview> overviews(CampaignFilter filter, int page, int size) {
        return model.overviews(filter, (long) page * size, size);
    }

    public Optional<CampaignOverview> overview(UUID id) {
        return model.overview(id);
    }

    /** The campaign's deadlines, soonest first; empty for an unknown campaign. */
    public List<CampaignDetail.Deadline> deadlines(UUID id) {
        return model.deadlines(id);
    }

    /** The campaign with its deadlines, partners and most recent history, read as of one moment. */
    @Transactional(readOnly = true)
    public Optional<CampaignDetail> detail(UUID id) {
        return model.overview(id).map(overview -> CampaignDetail.of(overview, model.deadlines(id),
                model.partners(id), model.history(id, properties.historyLimit())));
    }
}
