package org.demarche.dashboard.deadletter;

import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.demarche.events.Topics;
import org.demarche.platform.kafka.DeadLetterReason;
import org.demarche.testsupport.KafkaTestClient;
import org.demarche.testsupport.RealInfrastructure;
import org.demarche.testsupport.TestAccounts;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Administrators see on the dashboard what any service gave up on; the health count is the dashboard's own. */
@SpringBootTest
@AutoConfigureMockMvc
@RealInfrastructure
class PlatformDeadLettersIT {

    @Autowired
    MockMvc http;

    @Autowired
    KafkaTestClient events;

    @Test
    void countsAnotherServicesDeadLetters() {
        String key = UUID.randomUUID().toString();
        // as outreach's error handler leaves a request it could not handle
        events.sendRaw(Topics.deadLetter(Topics.OUTREACH), key, "{}".getBytes(StandardCharsets.UTF_8), Map.of(
                DeadLetterReason.HEADER, "IllegalArgumentException: no letterUrl",
                DeadLetterReason.GROUP_HEADER, "outreach",
                "ce_type", "org.demarche.FinalLetterDistribution"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> http.perform(get("/api/dead-letters/all")
                        .with(httpBasic(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(Matchers.greaterThanOrEqualTo(1)))
                .andExpect(jsonPath("$.byGroup.outreach").value(Matchers.greaterThanOrEqualTo(1)))
                .andExpect(jsonPath("$.pending[?(@.key == '" + key + "')].reason")
                        .value(Matchers.contains("IllegalArgumentException: no letterUrl"))));
    }

    @Test
    void healthShowsTheCountToAdministratorsAndStaysUp() throws Exception {
        http.perform(get("/actuator/health").with(httpBasic(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD)))
                .andExpect(jsonPath("$.components.deadLetters.status").value("UP"))
                .andExpect(jsonPath("$.components.deadLetters.details.count").isNumber());
    }
}
