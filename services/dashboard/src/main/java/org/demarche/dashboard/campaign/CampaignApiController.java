package org.demarche.dashboard.campaign;

import java.util.List;
import java.util.UUID;

import org.demarche.platform.CountryCodes;
import org.demarche.platform.web.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/campaigns}: the leads' read model as JSON. The list narrows to a status and a country
 * and pages with {@code page} (from 0) and {@code size}; without {@code size} it holds every campaign
 * the filter keeps. 400 naming the parameter that is out of range.
 */
@RestController
@RequestMapping("/api/campaigns")
class CampaignApiController {

    static final int MAX_PAGE_SIZE = 1000;

    private final Campaigns campaigns;

    CampaignApiController(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    @GetMapping
    List<CampaignOverview> all(@RequestParam(required = false) String status,
                               @RequestParam(required = false) String country,
                               @RequestParam(required = false) Integer page,
                               @RequestParam(required = false) Integer size) {
        CampaignFilter filter = new CampaignFilter(status, country);
        if (filter.status() != null && !CampaignFilter.STATUSES.contains(filter.status())) {
            throw InvalidInputException.of("status", "must be one of " + String.join(", ", CampaignFilter.STATUSES)
                    + ", was '" + status + "'");
        }
        if (filter.country() != null && !CountryCodes.isAlpha2(filter.country())) {
            throw InvalidInputException.of("country", "must be an ISO 3166-1 alpha-2 code, was '" + country + "'");
        }
        if (size == null) {
            if (page != null && page != 0) {
                throw InvalidInputException.of("size", "is required with page: how many campaigns a page holds");
            }
            return campaigns.overviews(filter);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw InvalidInputException.of("size", "must be between 1 and " + MAX_PAGE_SIZE + ", was " + size);
        }
        if (page != null && page < 0) {
            throw InvalidInputException.of("page", "must be 0 or more, was " + page);
        }
        return campaigns.overviews(filter, page == null ? 0 : page, size);
    }

    @GetMapping("/{id}")
    ResponseEntity<CampaignDetail> one(@PathVariable UUID id) {
        return ResponseEntity.of(campaigns.detail(id));
    }
}
