package org.demarche.outreach.finalletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.utils.Utils;
import org.demarche.events.EventEnvelope;
import org.demarche.events.Topics;
import org.demarche.events.outreach.FinalLetterDistribution.Recipient;
import org.demarche.events.outreach.FinalLetterDistribution;
import org.demarche.outreach.TestClockConfiguration;
import org.demarche.outreach.delivery.MessageKey;
import org.demarche.outreach.delivery.OutboundMessages;
import org.demarche.platform.kafka.RetryTopics;
import org.demarche.testsupport.KafkaTestClient;
import org.demarche.testsupport.MutableClock;
import org.demarche.testsupport.RealInfrastructure;
import org.demarche.testsupport.SmtpSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Issue 13's "stop campaigns for two minutes during publication; every final letter still goes
 * out once", at the outreach level: campaigns' letter endpoint is a real HTTP server that the test
 * stops (connections refused) while the distributions arrive, keeps down longer than the old
 * retry window (~25 s), and starts again on the same port. Another campaign on the same partition,
 * whose letter stays reachable, goes out meanwhile.
 *
 * <p>The outage is on the service's clock, which the test moves: the letters that cannot be fetched
 * are parked, the test moves the clock on by the outage, each is tried again then (a failure that
 * began the outage's length before), parked again rather than dead-lettered, and goes out once the
 * letter is back and the clock reaches its next try. The outage lasts {@code -Doutage.seconds}
 * (120, the two minutes, by default; it costs no waiting).
 */
@SpringBootTest(properties = {"demarche.outreach.dispatch-interval=100ms",
        "demarche.platform.retry.initial-interval=100ms", "demarche.platform.retry.max-interval=2s",
        "demarche.platform.retry.max-retries=1"})
@RealInfrastructure
@Import(TestClockConfiguration.class)
class CampaignsOutageIT {

    private static final Duration OUTAGE = Duration.ofSeconds(Long.getLong("outage.seconds", 120));
    /** The longest wait between two tries ({@code demarche.platform.retry.max-interval}). */
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(2);
    private static final String RETRY_TOPIC = RetryTopics.of(Topics.OUTREACH, "outreach");
    private static final byte[] PDF = "%PDF-1.4\n% the published letter\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
    private static final int PARTITIONS = 6;

    @Autowired
    SmtpSink smtp;

    @Autowired
    KafkaTestClient events;

    @Autowired
    OutboundMessages messages;

    @Autowired
    MutableClock clock;

    private final List<HttpServer> servers = new ArrayList<>();

    @AfterEach
    void stopServers() {
        servers.forEach(server -> server.stop(0));
    }

    @Test
    void everyFinalLetterGoesOutOnceAfterCampaignsComesBack() {
        smtp.reset();
        HttpServer campaigns = serveLetters(0);
        int port = campaigns.getAddress().getPort();
        HttpServer elsewhere = serveLetters(0);
        List<UUID> published = samePartition(4);
        UUID unaffected = published.remove(3);

        campaigns.stop(0); // campaigns goes away as it publishes
        for (UUID campaign : published) {
            events.send(distribution(campaign, port));
        }
        events.send(distribution(unaffected, elsewhere.getAddress().getPort()));

        smtp.awaitMessages(2, Duration.ofSeconds(30));
        for (String address : recipients(unaffected)) {
            assertThat(smtp.mailTo(address))
                    .as("the campaign whose letter could be fetched is not held up by the others").hasSize(1);
        }
        await("every letter that cannot be fetched parked").atMost(Duration.ofSeconds(60))
                .until(() -> published.stream().allMatch(campaign -> parked(campaign).findAny().isPresent()));

        // campaigns stays down for the outage: each letter is tried again then, and parked again, not dead-lettered
        Instant outageOver = clock.advance(OUTAGE);
        await("every letter tried again " + OUTAGE + " after it first failed").atMost(Duration.ofSeconds(60))
                .until(() -> published.stream().allMatch(campaign -> parked(campaign).anyMatch(retry ->
                        instant(retry, "demarche_retry_first_failure").equals(TestClockConfiguration.START)
                                && instant(retry, "demarche_retry_due").isAfter(outageOver))));
        assertThat(smtp.receivedMessages()).as("nothing sent for the campaigns whose letter is missing").hasSize(2);
        assertThat(events.readToEnd(Topics.deadLetter(Topics.OUTREACH))).as("nothing dead-lettered")
                .noneMatch(r -> published.stream().anyMatch(c -> c.toString().equals(r.key())));

        serveLetters(port); // campaigns is back, on the same address
        clock.advance(LONGEST_WAIT); // and each letter's next try is due

        int expected = 2 + published.size() * 2;
        smtp.awaitMessages(expected, Duration.ofSeconds(60));
        // "no letter sent twice", read from the queue: once each letter's one message is recorded as
        // sent, nothing more goes out for it, so the sink holds all there will be
        await("every letter's one message recorded as sent").atMost(Duration.ofSeconds(30))
                .until(() -> published.stream().allMatch(campaign -> recipients(campaign).stream()
                        .allMatch(address -> recordedAsSentOnce(campaign, address))));
        assertThat(smtp.receivedMessages()).hasSize(expected);
        for (UUID campaign : published) {
            for (String address : recipients(campaign)) {
                assertThat(smtp.mailTo(address)).as("final letter of %s to %s", campaign, address)
                        .hasSize(1);
            }
        }
    }

    /** The records of {@code campaign} parked on outreach's retry topic so far. */
    private Stream<ConsumerRecord<String, byte[]>> parked(UUID campaign) {
        return events.readToEnd(RETRY_TOPIC).stream().filter(record -> campaign.toString().equals(record.key()));
    }

    private static Instant instant(ConsumerRecord<String, byte[]> record, String header) {
        return Instant.parse(new String(record.headers().lastHeader(header).value(), StandardCharsets.UTF_8));
    }

    private boolean recordedAsSentOnce(UUID campaign, String address) {
        return messages.countNotCancelled(campaign, address, MessageKey.FINAL_LETTER) == 1
                && messages.latest(campaign, address, MessageKey.FINAL_LETTER).orElseThrow().sent();
    }

    private static EventEnvelope<FinalLetterDistribution> distribution(UUID campaign, int port) {
        List<String> addresses = recipients(campaign);
        return EventEnvelope.of(new FinalLetterDistribution(campaign, "Letter " + campaign.toString().substring(0, 8), 1,
                        List.of(new Recipient("Signatory", addresses.get(0), "en", "signatory"),
                                new Recipient("Target", addresses.get(1), "en", "target")),
                        "http://127.0.0.1:" + port + "/api/campaigns/" + campaign + "/letter?format=pdf"),
                "/demarche/campaigns", TestClockConfiguration.START, null);
    }

    private static List<String> recipients(UUID campaign) {
        String id = campaign.toString().substring(0, 8);
        return List.of("signatory-" + id + "@partners.example.org", "target-" + id + "@government.example.org");
    }

    /** Campaigns whose events share one partition of the outreach topic, where a blocking retry holds all up. */
    private static List<UUID> samePartition(int count) {
        List<UUID> campaigns = new ArrayList<>();
        int partition = -1;
        while (campaigns.size() < count) {
            UUID campaign = UUID.randomUUID();
            int its = Utils.toPositive(Utils.murmur2(campaign.toString().getBytes(StandardCharsets.UTF_8))) % PARTITIONS;
            if (partition < 0 || its == partition) {
                partition = its;
                campaigns.add(campaign);
            }
        }
        return campaigns;
    }

    private HttpServer serveLetters(int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            server.createContext("/api/campaigns/", CampaignsOutageIT::serveLetter);
            server.start();
            servers.add(server);
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("cannot serve letters on port " + port, e);
        }
    }

    private static void serveLetter(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/pdf");
        exchange.sendResponseHeaders(200, PDF.length);
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(PDF);
        }
    }
}
