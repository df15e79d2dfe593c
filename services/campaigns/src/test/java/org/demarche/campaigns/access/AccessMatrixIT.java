package org.demarche.campaigns.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import org.demarche.testsupport.AccessMatrix;
import org.demarche.testsupport.ApiDescription;
import org.demarche.testsupport.PrometheusScrape;
import org.demarche.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Campaigns: the registry, campaigns, letters and drafts, the court records held for a coordinator,
 * and the coordinators' console pages over them, walked endpoint by endpoint.
 * Leads read, coordinators change, administrators manage accounts; anonymous API calls get 401.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RealInfrastructure
class AccessMatrixIT {

    static final String SOME_ID = "00000000-0000-4000-8000-000000000000";

    @Autowired
    MockMvc http;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    SpringDocConfigProperties springDoc;

    @Test
    void everyEndpointAnswersEachRoleAsTheMatrixSays() throws Exception {
        AccessMatrix.endpoints()
                .open(GET, "/actuator/health")
                .open(GET, "/v3/api-docs")
                .open(GET, "/swagger-ui.html")
                .open(GET, "/demarche/site.css")
                .admin(GET, "/actuator/prometheus")
                .lead(GET, "/")
                .open(GET, "/letters/" + SOME_ID + ".pdf")
                .open(GET, "/letters/" + SOME_ID + ".html")
                .open(GET, "/letters/" + SOME_ID)
                .open(GET, "/letters/" + SOME_ID + ".png")
                .lead(GET, "/api/campaigns")
                .lead(GET, "/api/campaigns/" + SOME_ID)
                .lead(GET, "/api/campaigns/" + SOME_ID + "/letter")
                .lead(GET, "/api/campaigns/" + SOME_ID + "/drafts")
                .lead(GET, "/api/campaigns/" + SOME_ID + "/drafts/1")
                .coordinator(PUT, "/api/campaigns/" + SOME_ID + "/draft")
                .coordinator(POST, "/api/campaigns/" + SOME_ID + "/actions")
                .lead(GET, "/api/registry/targets")
                .lead(GET, "/api/registry/targets/macron")
                .coordinator(PUT, "/api/registry/targets/macron")
                .lead(GET, "/api/registry/partners")
                .lead(GET, "/api/registry/partners/erw")
                .coordinator(PUT, "/api/registry/partners/erw")
                .lead(GET, "/api/registry/cases")
                .lead(GET, "/api/registry/cases/c1")
                .coordinator(PUT, "/api/registry/cases/c1")
                .lead(GET, "/api/registry/exchanges")
                .lead(GET, "/api/registry/exchanges/x1")
                .coordinator(PUT, "/api/registry/exchanges/x1")
                .lead(GET, "/api/registry/situations")
                .lead(GET, "/api/registry/situations/az")
                .coordinator(PUT, "/api/registry/situations/az")
                .lead(GET, "/api/case-file/held")
                .coordinator(POST, "/api/case-file/held/" + SOME_ID)
                .coordinator(DELETE, "/api/case-file/held/" + SOME_ID)
                .lead(GET, "/campaigns")
                .lead(GET, "/campaigns/" + SOME_ID)
                .coordinator(POST, "/campaigns/" + SOME_ID + "/actions")
                .lead(GET, "/campaigns/" + SOME_ID + "/drafts")
                .lead(GET, "/campaigns/" + SOME_ID + "/drafts/1")
                .lead(GET, "/campaigns/" + SOME_ID + "/draft/edit")
                .coordinator(POST, "/campaigns/" + SOME_ID + "/draft")
                .lead(GET, "/registry")
                .lead(GET, "/registry/partners/new")
                .coordinator(POST, "/registry/partners")
                .lead(GET, "/registry/partners/erw")
                .coordinator(POST, "/registry/partners/erw")
                .lead(GET, "/registry/targets/new")
                .coordinator(POST, "/registry/targets")
                .lead(GET, "/registry/targets/macron")
                .coordinator(POST, "/registry/targets/macron")
                .lead(GET, "/case-file/held")
                .coordinator(POST, "/case-file/held/" + SOME_ID)
                .coordinator(POST, "/case-file/held/" + SOME_ID + "/dismiss")
                .admin(GET, "/api/users")
                .admin(GET, "/api/dead-letters")
                .admin(POST, "/api/dead-letters/not-a-topic/0/0/replay")
                .check(http);
    }

    /** In the same context as the matrix: one more context per service would cost CI its start-up. */
    @Test
    void theApiDescriptionIsValidAndNamesEveryCall() throws Exception {
        var report = ApiDescription.check(http, mappings, springDoc.getPathsToMatch());
        System.out.println("campaigns " + ApiDescription.DOCUMENT + ": " + report);
    }

    @Test
    void anAdministratorsScraperReadsCampaignsByStatusAsWellAsEveryServicesMeters() throws Exception {
        PrometheusScrape scrape = PrometheusScrape.asAdministrator(http);

        assertThat(scrape.names()).containsAll(PrometheusScrape.EVERY_SERVICE);
        assertThat(scrape.value("demarche_campaigns{status=\"signing\"}")).as("no campaign yet").isZero();
    }
}
