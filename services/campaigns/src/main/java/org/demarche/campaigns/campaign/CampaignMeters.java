package org.demarche.campaigns.campaign;

import java.util.List;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@code demarche.campaigns}: campaigns by status, read from the table when scraped. */
@Component
class CampaignMeters implements MeterBinder {

    private static final List<String> STATUSES = List.of(CampaignStatus.OPEN, CampaignStatus.SIGNING,
            CampaignStatus.CLOSED_FOR_SIGNING, CampaignStatus.PUBLISHED, CampaignStatus.PAUSED,
            CampaignStatus.CANCELLED, CampaignStatus.DONE);

    private final JdbcClient jdbc;

    CampaignMeters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String status : STATUSES) {
            Gauge.builder("demarche.campaigns", jdbc, campaigns -> count(campaigns, status))
                    .description("Campaigns in each status")
                    .tag("status", status)
                    .register(registry);
        }
    }

    private static double count(JdbcClient jdbc, String status) {
        return jdbc.sql("SELECT COUNT(*) FROM campaign WHERE status = :status").param("status", status)
                .query(Long.class).single();
    }
}
