package org.demarche.dashboard.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.demarche.dashboard.campaign.CampaignOverview;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

class StreamClientTest {

    @Test
    void asksForOneDrainAtATime() {
        StreamClient client = new StreamClient(new SseEmitter(), 10);

        assertThat(client.greet()).as("the first thing to write starts a drain").isTrue();
        assertThat(client.offer(overview(UUID.randomUUID()))).as("the drain already started will write it").isFalse();
        assertThat(client.heartbeat()).isFalse();

        assertThat(client.drain()).as("still connected once all is written").isTrue();
        assertThat(client.offer(overview(UUID.randomUUID()))).as("idle again: a new drain").isTrue();
    }

    @Test
    void keepsOnlyTheLatestOverviewOfACampaignWhileItWaits() {
        StreamClient client = new StreamClient(new SseEmitter(), 2);
        UUID campaign = UUID.randomUUID();
        client.greet();

        for (int i = 0; i < 100; i++) {
            client.offer(overview(campaign));
        }
        client.offer(overview(UUID.randomUUID()));

        assertThat(client.isClosed()).as("two campaigns wait, within the bound").isFalse();
    }

    @Test
    void disconnectsAClientThatFallsTooFarBehind() {
        StreamClient client = new StreamClient(new SseEmitter(), 2);
        client.greet();

        client.offer(overview(UUID.randomUUID()));
        client.offer(overview(UUID.randomUUID()));
        client.offer(overview(UUID.randomUUID()));

        assertThat(client.isClosed()).isTrue();
        assertThat(client.offer(overview(UUID.randomUUID()))).isFalse();
        assertThat(client.drain()).as("the drain ends the connection").isFalse();
    }

    private static CampaignOverview overview(UUID id) {
        return new CampaignOverview(id, "Macron – Aliyev, Paris", "AZ", "Emmanuel Macron",
                Instant.parse("2018-07-20T09:00:00Z"), "Europe/Paris", "open", null,
                new CampaignOverview.SignOn(0, 0, 0, 0), new CampaignOverview.Emails(0, 0, 0));
    }
}
