package org.demarche.dashboard.access;

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
 * Dashboard: the leads' pages and API, calendar feeds and accounts, walked endpoint by endpoint.
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
                .admin(GET, "/actuator/prometheus")
                .open(GET, "/calendar/not-a-token.ics")
                .open(GET, "/demarche/site.css")
                .lead(GET, "/")
                .lead(GET, "/audit")
                .admin(GET, "/users")
                .lead(GET, "/campaigns/" + SOME_ID)
                .lead(GET, "/campaigns/" + SOME_ID + "/row")
                .lead(GET, "/campaigns/" + SOME_ID + "/live")
                .lead(GET, "/campaigns/" + SOME_ID + "/partners.csv")
                .lead(GET, "/api/campaigns")
                .lead(GET, "/api/campaigns/" + SOME_ID)
                .lead(GET, "/api/audit?campaign=" + SOME_ID)
                .lead(POST, "/api/calendar-feeds")
                .lead(DELETE, "/api/calendar-feeds/not-a-token")
                .admin(POST, "/api/users")
                .admin(GET, "/api/users")
                .admin(GET, "/api/users/nobody")
                .admin(PUT, "/api/users/nobody")
                .admin(DELETE, "/api/users/nobody")
                .admin(GET, "/api/dead-letters")
                .admin(GET, "/api/dead-letters/all")
                .admin(POST, "/api/dead-letters/not-a-topic/0/0/replay")
                .check(http);
    }

    /** In the same context as the matrix: one more context per service would cost CI its start-up. */
    @Test
    void theApiDescriptionIsValidAndNamesEveryCall() throws Exception {
        var report = ApiDescription.check(http, mappings, springDoc.getPathsToMatch());
        System.out.println("dashboard " + ApiDescription.DOCUMENT + ": " + report);
    }

    @Test
    void anAdministratorsScraperReadsEveryServicesMeters() throws Exception {
        PrometheusScrape scrape = PrometheusScrape.asAdministrator(http);

        assertThat(scrape.names()).containsAll(PrometheusScrape.EVERY_SERVICE);
    }
}
