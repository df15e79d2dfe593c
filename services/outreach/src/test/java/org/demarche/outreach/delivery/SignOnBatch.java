package org.demarche.outreach.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** Partners {@code partner-<i><domain>}, i from {@code from} (inclusive) to {@code to} (exclusive). */
    static List<SignOnRequested> of(UUID campaignId, String domain, int from, int to) {
        Instant deadline = CLOCK.instant().plus(Duration.ofDays(7));
        return IntStream.range(from, to).mapToObj(partner -> new SignOnRequested(campaignId, "partner-" + partner,
                "Organisation " + partner, "Contact " + partner, "partner-" + partner + domain,
                List.of("en", "fr", "ru", "az").get(partner % 4), "Asia/Baku", "Open letter on political prisoners", 1,
                "Dear President,\n\nWe write to you…", deadline, deadline.plus(Duration.ofDays(3)), "Europe/Paris",
                "coordinators@example.org", "AZ")).toList();
    }

    static List<SignOnRequested> of(UUID campaignId, String domain, int partners) {
        return of(campaignId, domain, 0, partners);
    }

    /** @param announced the EmailSent ids read per partner; a relay after a crash repeats an event under its id */
    static void assertOneEmailSentPerPartner(Map<String, List<UUID>> announced, int partners) {
        assertThat(announced).as("an EmailSent per partner").hasSize(partners);
        assertThat(announced.values()).as("one EmailSent per partner (a relay repeats it under its id)")
                .allSatisfy(ids -> assertThat(Set.copyOf(ids)).hasSize(1));
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
