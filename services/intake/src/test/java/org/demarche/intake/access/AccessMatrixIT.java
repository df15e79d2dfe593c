package org.demarche.intake.access;

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
 * Intake: meetings, legal facts, imports and their review, walked endpoint by endpoint.
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
                .lead(GET, "/imports")
                .lead(GET, "/meetings")
                .lead(GET, "/meetings/new")
                .lead(GET, "/meetings/" + SOME_ID + "/edit")
                .coordinator(POST, "/meetings")
                .coordinator(POST, "/meetings/" + SOME_ID)
                .coordinator(POST, "/meetings/" + SOME_ID + "/cancel")
                .lead(GET, "/api/meetings")
                .lead(GET, "/api/meetings/" + SOME_ID)
                .coordinator(POST, "/api/meetings")
                .coordinator(PUT, "/api/meetings/" + SOME_ID)
                .coordinator(DELETE, "/api/meetings/" + SOME_ID)
                .lead(GET, "/api/rulings")
                .lead(GET, "/api/rulings/" + SOME_ID)
                .coordinator(POST, "/api/rulings")
                .lead(GET, "/api/resolutions")
                .lead(GET, "/api/resolutions/" + SOME_ID)
                .coordinator(POST, "/api/resolutions")
                .coordinator(POST, "/api/imports/ics")
                .coordinator(POST, "/api/imports/hudoc")
                .coordinator(POST, "/api/imports/hudoc-exec")
                .lead(GET, "/api/imports")
                .lead(GET, "/api/imports/" + SOME_ID)
                .lead(GET, "/api/review")
                .lead(GET, "/api/review/" + SOME_ID)
                .coordinator(POST, "/api/review/" + SOME_ID)
                .coordinator(DELETE, "/api/review/" + SOME_ID)
                .lead(GET, "/api/heads")
                .lead(GET, "/api/heads/fr")
                .coordinator(PUT, "/api/heads/fr")
                .coordinator(DELETE, "/api/heads/zz")
                .lead(GET, "/api/feeds")
                .lead(GET, "/api/feeds/" + SOME_ID)
                .coordinator(POST, "/api/feeds")
                .coordinator(POST, "/api/feeds/" + SOME_ID + "/poll")
                .coordinator(DELETE, "/api/feeds/" + SOME_ID)
                .lead(GET, "/api/hudoc-watch")
                .coordinator(POST, "/api/hudoc-watch/poll")
                .admin(GET, "/api/users")
                .admin(GET, "/api/dead-letters")
                .admin(POST, "/api/dead-letters/not-a-topic/0/0/replay")
                .check(http);
    }

    /** In the same context as the matrix: one more context per service would cost CI its start-up. */
    @Test
    void theApiDescriptionIsValidAndNamesEveryCall() throws Exception {
        var report = ApiDescription.check(http, mappings, springDoc.getPathsToMatch());
        System.out.println("intake " + ApiDescription.DOCUMENT + ": " + report);
    }

    @Test
    void anAdministratorsScraperReadsEveryServicesMeters() throws Exception {
        PrometheusScrape scrape = PrometheusScrape.asAdministrator(http);

        assertThat(scrape.names()).containsAll(PrometheusScrape.EVERY_SERVICE);
    }
}
