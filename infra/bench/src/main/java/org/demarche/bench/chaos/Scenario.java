package org.demarche.bench.chaos;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.StreamSupport;

/**
 * What the coordinators do, through the public APIs only: a target, a case and {@code partners}
 * partners concerned with Azerbaijan in the registry, then {@code campaigns} meetings of President
 * Macron with President Aliyev, each opening one campaign; and what each partner will answer,
 * decided by the seed alone so that the run with kills and the one without get the same answers.
 */
public final class Scenario {

    public static final String COUNTRY = "AZ";
    static final String TARGET_EMAIL = "president@elysee.example";
    private static final String MEETING_ZONE = "Europe/Paris";

    /** What a partner does with a request. */
    enum Answer { SIGN, DECLINE, SILENT }

    private final ChaosSettings settings;
    private final ChaosStack stack;
    private final ApiClient admin = ApiClient.as(ChaosStack.ADMIN, ChaosStack.ADMIN_PASSWORD);

    Scenario(ChaosSettings settings, ChaosStack stack) {
        this.settings = settings;
        this.stack = stack;
    }

    static String partnerId(int index) {
        return "chaos-partner-%02d".formatted(index + 1);
    }

    static String partnerEmail(int index) {
        return "contact@partner-%02d.chaos.example".formatted(index + 1);
    }

    /** The partner whose address this is, or -1. */
    static int partnerIndex(String email) {
        if (!email.startsWith("contact@partner-") || !email.endsWith(".chaos.example")) {
            return -1;
        }
        return Integer.parseInt(email.substring("contact@partner-".length(), email.indexOf(".chaos.example"))) - 1;
    }

    /** Four in ten sign, three decline, three say nothing, by the seed, the meeting and the partner. */
    Answer answerOf(int meeting, int partner) {
        int draw = new SplittableRandom(settings.seed() * 1_000_003L + meeting * 1_009L + partner).nextInt(10);
        return draw < 4 ? Answer.SIGN : draw < 7 ? Answer.DECLINE : Answer.SILENT;
    }

    void registry() throws InterruptedException {
        registry(admin, path -> stack.uri("campaigns", path), settings.partners());
    }

    /**
     * The registry a campaign needs, through campaigns' API ({@code campaigns} makes a path a URI):
     * President Macron as a target, an open case in Azerbaijan, and {@code partners} partners concerned with it.
     */
    public static void registry(ApiClient admin, java.util.function.Function<String, java.net.URI> campaigns,
                                int partners) throws InterruptedException {
        require(admin.put(campaigns.apply("/api/registry/targets/macron"), ordered(
                "name", "Emmanuel Macron", "title", "President of the French Republic", "country", "FR",
                "language", "fr", "salutation", "Dear President Macron,", "email", TARGET_EMAIL,
                "addressLines", List.of("M. Emmanuel MACRON", "Palais de l'Elysée", "75008 Paris"),
                "letterLanguage", "en")), "the target");
        require(admin.put(campaigns.apply("/api/registry/cases/ilgar-mammadov"), ordered(
                "country", COUNTRY, "person", "Ilgar Mammadov", "status", "open",
                "description", "Opposition leader, sentenced in 2014 to seven years' imprisonment.")), "the case");
        for (int i = 0; i < partners; i++) {
            require(admin.put(campaigns.apply("/api/registry/partners/" + partnerId(i)), ordered(
                    "organisation", "Chaos Partner " + (i + 1), "country", "BE", "city", "Brussels",
                    "contactName", "Contact " + (i + 1), "contactTitle", "Director", "email", partnerEmail(i),
                    "language", "en", "timeZone", "Europe/Brussels", "lead", false, "concerns", List.of(COUNTRY))),
                    "partner " + partnerId(i));
        }
    }

    /** What a coordinator enters for a meeting of President Macron with President Aliyev in Paris. */
    public static Map<String, Object> meetingBody(String title, Instant startsAt) {
        return ordered("title", title, "startsAt", local(startsAt), "timeZone", MEETING_ZONE,
                "city", "Paris", "participants", List.of(
                        Map.of("name", "Emmanuel Macron", "title", "President of the French Republic", "country", "FR"),
                        Map.of("name", "Ilham Aliyev", "title", "President of the Republic of Azerbaijan",
                                "country", COUNTRY)));
    }

    /**
     * Enters the meetings, their starts spread over {@code settings.spread()} from the timeline's
     * lead on; a POST whose answer is lost is looked up by its title before it is sent again.
     *
     * @return meeting id → meeting number
     */
    Map<UUID, Integer> meetings(Timeline timeline, Instant now) throws InterruptedException {
        Map<UUID, Integer> meetings = new LinkedHashMap<>();
        for (int i = 0; i < settings.campaigns(); i++) {
            Instant startsAt = now.plus(timeline.firstMeetingLead())
                    .plus(settings.spread().multipliedBy(i).dividedBy(Math.max(1, settings.campaigns())));
            String title = "Chaos meeting " + (i + 1);
            Map<String, Object> body = meetingBody(title, startsAt);
            UUID id = null;
            while (id == null) {
                Optional<ApiClient.Response> created = admin.postOnce(stack.uri("intake", "/api/meetings"), body);
                if (created.isPresent() && created.get().status() == 201) {
                    id = UUID.fromString(created.get().json().path("id").asString());
                } else if (created.isPresent() && created.get().status() / 100 == 4) {
                    throw new IllegalStateException("intake refused " + title + ": " + created.get().body());
                } else {
                    id = meetingTitled(title).orElse(null);
                    if (id == null) {
                        Thread.sleep(500);
                    }
                }
            }
            meetings.put(id, i);
        }
        return meetings;
    }

    private Optional<UUID> meetingTitled(String title) throws InterruptedException {
        ApiClient.Response all = admin.get(stack.uri("intake", "/api/meetings"));
        if (!all.ok()) {
            return Optional.empty();
        }
        return StreamSupport.stream(all.json().spliterator(), false)
                .filter(meeting -> meeting.path("title").asString().equals(title))
                .map(meeting -> UUID.fromString(meeting.path("id").asString())).findFirst();
    }

    /** The partner's answer as the API takes it. */
    static Map<String, Object> answerBody(Answer answer, int partner) {
        if (answer == Answer.SIGN) {
            return Map.of("decision", "sign", "signatory", Map.of("name", "Contact " + (partner + 1), "title", "Director",
                    "organisation", "Chaos Partner " + (partner + 1), "country", "BE"));
        }
        return Map.of("decision", "decline", "reason", "Not this time.");
    }

    private static String local(Instant at) {
        return LocalDateTime.ofInstant(at.truncatedTo(ChronoUnit.SECONDS), ZoneId.of(MEETING_ZONE))
                .format(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss"));
    }

    /** Last meeting's follow-up: when every campaign should be done. */
    Instant lastFollowUp(Timeline timeline, Instant entered) {
        return entered.plus(timeline.firstMeetingLead()).plus(settings.spread()).plus(timeline.followUp());
    }

    private static void require(ApiClient.Response response, String what) {
        if (!response.ok()) {
            throw new IllegalStateException("campaigns refused " + what + ": " + response.status() + " " + response.body());
        }
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    static Duration since(Instant start) {
        return Duration.between(start, Instant.now());
    }
}
