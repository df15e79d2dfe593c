package org.demarche.outreach.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

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
 * Outreach: partners' token pages are open (the token is their key); revoking a link is a coordinator's act.
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
                .open(GET, "/sign/not-a-token")
                .open(POST, "/sign/not-a-token")
                .open(GET, "/api/sign-on/not-a-token")
                .open(POST, "/api/sign-on/not-a-token")
                .open(GET, "/opt-out/not-a-token")
                .open(POST, "/opt-out/not-a-token")
                .open(GET, "/sign-on/sign-on.css")
                .coordinator(POST, "/api/sign-on/revocations")
                .lead(GET, "/api/anything-else")
                .admin(GET, "/api/users")
                .admin(GET, "/api/dead-letters")
                .admin(POST, "/api/dead-letters/not-a-topic/0/0/replay")
                .check(http);
    }

    /** In the same context as the matrix: one more context per service would cost CI its start-up. */
    @Test
    void theApiDescriptionIsValidAndNamesEveryCall() throws Exception {
        var report = ApiDescription.check(http, mappings, springDoc.getPathsToMatch());
        System.out.println("outreach " + ApiDescription.DOCUMENT + ": " + report);
    }

    @Test
    void anAdministratorsScraperReadsTheMailQueueAsWellAsEveryServicesMeters() throws Exception {
        PrometheusScrape scrape = PrometheusScrape.asAdministrator(http);

        assertThat(scrape.names()).containsAll(PrometheusScrape.EVERY_SERVICE);
        assertThat(scrape.value("demarche_mail_queue{status=\"queued\"}")).as("nothing to send").isZero();
    }
}
