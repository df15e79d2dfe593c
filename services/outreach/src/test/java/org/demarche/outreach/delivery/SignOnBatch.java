package org.demarche.outreach.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.demarche.events.EventEnvelope;
import org.demarche.events.outreach.SignOnRequested;
import org.demarche.testsupport.KafkaEndpoint;
import org.demarche.testsupport.KafkaTestClient;

/** Sign-on requests as campaigns sends them, for the delivery tests that need many partners at once. */
final class SignOnBatch {

    private static final Clock CLOCK = Clock.systemUTC();

    private SignOnBatch() {
    }

    /** Publishes the requests on outreach's topic, as campaigns would. */
    static void send(KafkaEndpoint kafka, List<SignOnRequested> requests) {
        try (var events = new KafkaTestClient(kafka)) {
            requests.forEach(request -> events.send(EventEnvelope.of(request, "/demarche/campaigns", CLOCK.instant(),
                    null)));
        }
    }

    /** {@code count} partners {@code partner-<i>}, written to at {@code partner-<i>@domain}. */
    static List<SignOnRequested> requests(UUID campaignId, String domain, int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> request(campaignId, "partner-" + i, "partner-" + i + "@" + domain)).toList();
    }

    static SignOnRequested request(UUID campaignId, String partnerId, String email) {
        Instant deadline = CLOCK.instant().plus(Duration.ofDays(7));
        return new SignOnRequested(campaignId, partnerId, "Organisation " + partnerId, "Contact", email, "en", "UTC",
                "Open letter", 1, "Dear President, …", deadline, deadline.plus(Duration.ofDays(3)), "Europe/Paris", null,
                "AZ");
    }
}
