package org.demarche.dashboard.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.demarche.dashboard.campaign.CampaignEvents.at;
import static org.demarche.dashboard.campaign.CampaignEvents.secondsAfterOpening;
import static org.demarche.dashboard.campaign.CampaignEvents.signOnRequested;
import static org.demarche.dashboard.campaign.CampaignEvents.signed;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

import org.demarche.dashboard.ReferenceClock;
import org.demarche.dashboard.campaign.CampaignEvents;
import org.demarche.events.response.EmailFailed;
import org.demarche.testsupport.KafkaTestClient;
import org.demarche.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@RealInfrastructure
@Import(ReferenceClock.class)
@WithMockUser(username = "brigitte", roles = "LEAD")
class PartnersCsvIT {

    @Autowired
    MockMvc http;

    @Autowired
    KafkaTestClient events;

    @Test
    void exportsEachPartnerWithItsAnswerAndDeliveryAsQuotedUtf8Csv() throws Exception {
        UUID campaign = UUID.randomUUID();
        events.send(at(0, CampaignEvents.opened(campaign)));
        events.send(at(10, signOnRequested(campaign, "hrc-baku", "Human Rights Club")));
        events.send(at(11, signOnRequested(campaign, "fnv", "Freedom Now, \"Voice\" Fund")));
        events.send(at(12, signOnRequested(campaign, "azl", "Azərbaycan Lawyers")));
        events.send(at(20, new EmailFailed(campaign, "fnv", "sign-on-request", "550 mailbox unavailable, try later",
                true, secondsAfterOpening(20))));
        events.send(at(30, signed(campaign, "hrc-baku", "Human Rights Club", Instant.parse("2018-07-12T10:00:00Z"))));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> http.perform(get("/api/campaigns/" + campaign))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.signOn.invited").value(3))
                .andExpect(jsonPath("$.signOn.signed").value(1))
                .andExpect(jsonPath("$.emails.failed").value(1)));

        MockHttpServletResponse response = http.perform(get("/campaigns/" + campaign + "/partners.csv"))
                .andExpect(status().isOk()).andReturn().getResponse();

        assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(response.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"campaign-" + campaign + "-partners.csv\"");
        byte[] body = response.getContentAsByteArray();
        assertThat(Arrays.copyOf(body, 3)).as("UTF-8 byte order mark, for Excel")
                .containsExactly(0xEF, 0xBB, 0xBF);
        String csv = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n", -1)).containsExactly(
                "partnerId,organisation,country,answer,answeredAt,delivery,deliveryProblem",
                "azl,Azərbaycan Lawyers,,pending,,queued,",
                "fnv,\"Freedom Now, \"\"Voice\"\" Fund\",,pending,,failed,\"sign-on-request: 550 mailbox unavailable, try later\"",
                "hrc-baku,Human Rights Club,AZ,signed,2018-07-12T10:00:00Z,queued,",
                "");
    }

    @Test
    void answersNotFoundForACampaignItHasNotHeardOf() throws Exception {
        http.perform(get("/campaigns/" + UUID.randomUUID() + "/partners.csv")).andExpect(status().isNotFound());
    }
}
