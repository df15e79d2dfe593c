package org.demarche.dashboard.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.demarche.events.EventCatalog;
import org.demarche.events.campaign.CampaignOpened;
import org.demarche.events.response.EmailSent;
import org.junit.jupiter.api.Test;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The local stack runs the dashboard on H2 in PostgreSQL mode: its SQL must run there as on PostgreSQL. */
class CampaignReadModelOnH2Test {

    private static final Instant T0 = Instant.parse("2018-07-11T09:00:00Z");

    private final CampaignReadModel model = new CampaignReadModel(JdbcClient.create(migratedH2()));
    private final UUID campaign = UUID.randomUUID();

    @Test
    void projectsPartnersAndCountsOnH2() {
        model.history(UUID.randomUUID(), campaign, EventCatalog.typeOf(EmailSent.class), T0, "sent before opening");
        model.delivered(campaign, "hrc-baku", "sent", null, T0.plusSeconds(5));
        UUID meeting = UUID.randomUUID();
        model.opened(new CampaignOpened(campaign, meeting, "macron", "AZ", "Macron – Aliyev, Paris",
                Instant.parse("2018-07-20T09:00:00Z"), "Europe/Paris", null));
        assertThat(model.meetingMoved(meeting, Instant.parse("2018-07-21T13:30:00Z"), "Europe/Paris")).containsExactly(campaign);
        model.partnerAsked(campaign, "hrc-baku", "Human Rights Club", "hrc@example.org", T0);
        model.partnerAsked(campaign, "iphr", "IPHR", "iphr@example.org", T0);
        model.partnerAnswered(campaign, "iphr", null, null, "declined", T0.plusSeconds(60));
        model.partnerAnswered(campaign, "iphr", null, "AZ", "signed", T0.plusSeconds(30));
        model.delivered(campaign, "elysee@example.fr", "sent", null, T0.plusSeconds(90));
        model.deadline(campaign, "publication", Instant.parse("2018-07-18T09:00:00Z"), false);

        CampaignOverview overview = model.overview(campaign).orElseThrow();
        assertThat(overview.signOn()).isEqualTo(new CampaignOverview.SignOn(2, 0, 1, 1));
        assertThat(overview.emails().sent()).as("counted from the history at opening").isEqualTo(1);
        assertThat(overview.meetingTimeZone()).isEqualTo("Europe/Paris");
        assertThat(overview.meetingStartsAt()).isEqualTo(Instant.parse("2018-07-21T13:30:00Z"));
        assertThat(overview.nextDeadline().kind()).isEqualTo("publication");
        assertThat(model.partners(campaign)).extracting(CampaignDetail.Partner::partnerId, CampaignDetail.Partner::answer,
                        CampaignDetail.Partner::delivery, CampaignDetail.Partner::country)
                .as("the country its signatory gave stays, though a later answer stands")
                .containsExactly(org.assertj.core.groups.Tuple.tuple("hrc-baku", "pending", "sent", null),
                        org.assertj.core.groups.Tuple.tuple("iphr", "declined", "queued", "AZ"));
        assertThat(model.history(campaign, 10)).hasSize(1);
        assertThat(model.overviews(CampaignFilter.none(), 0, Long.MAX_VALUE)).hasSize(1);
    }

    @Test
    void keepsAMoveReadBeforeTheOpeningAndOrdersByTheMovedStart() {
        UUID meeting = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        assertThat(model.meetingMoved(meeting, T0.plusSeconds(7200), "Europe/Paris")).as("no campaign yet").isEmpty();
        model.opened(new CampaignOpened(campaign, meeting, "macron", "AZ", "Moved before it opened", T0,
                "Europe/Berlin", null));
        model.opened(new CampaignOpened(other, UUID.randomUUID(), "macron", "AZ", "In between", T0.plusSeconds(3600),
                "Europe/Paris", null));

        assertThat(model.overview(campaign).orElseThrow())
                .extracting(CampaignOverview::meetingStartsAt, CampaignOverview::meetingTimeZone)
                .containsExactly(T0.plusSeconds(7200), "Europe/Paris");
        assertThat(model.overviews(CampaignFilter.none(), 0, 10)).extracting(CampaignOverview::id)
                .containsExactly(other, campaign);

        model.meetingMoved(meeting, T0.plusSeconds(60), "Europe/Paris");
        assertThat(model.overviews(CampaignFilter.none(), 0, 10)).extracting(CampaignOverview::id)
                .as("moved again, sooner").containsExactly(campaign, other);
    }

    @Test
    void narrowsOrdersAndPagesTheListOnH2() {
        UUID later = UUID.randomUUID();
        model.opened(new CampaignOpened(later, UUID.randomUUID(), "macron", "AZ", "Later", T0.plusSeconds(7200),
                "Europe/Paris", null));
        model.opened(new CampaignOpened(campaign, UUID.randomUUID(), "macron", "AZ", "Sooner", T0.plusSeconds(3600),
                "Europe/Paris", null));
        model.opened(new CampaignOpened(UUID.randomUUID(), UUID.randomUUID(), "erdogan", "TR", "Elsewhere", T0,
                "Europe/Istanbul", null));
        model.status(later, "signing");
        model.deadline(campaign, "reminder", T0.plusSeconds(600), false);
        model.deadline(campaign, "sign-on-closes", T0.plusSeconds(600), false);

        assertThat(model.overviews(new CampaignFilter(null, "AZ"), 0, 1)).extracting(CampaignOverview::id)
                .containsExactly(campaign);
        assertThat(model.overviews(new CampaignFilter(null, "AZ"), 1, 1)).extracting(CampaignOverview::id)
                .containsExactly(later);
        assertThat(model.overviews(new CampaignFilter("signing", null), 0, 10)).extracting(CampaignOverview::id)
                .containsExactly(later);
        assertThat(model.overviews(new CampaignFilter(null, "AZ"), 0, 10))
                .as("one row per campaign when two deadlines fall due together, the first by kind").hasSize(2)
                .first().extracting(CampaignOverview::nextDeadline)
                .isEqualTo(new CampaignOverview.NextDeadline("reminder", T0.plusSeconds(600)));
    }

    private static javax.sql.DataSource migratedH2() {
        var dataSource = new DriverManagerDataSource("jdbc:h2:mem:dashboard-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration/dashboard", "classpath:org/demarche/platform/db")
                .outOfOrder(true)
                .load().migrate();
        return dataSource;
    }
}
