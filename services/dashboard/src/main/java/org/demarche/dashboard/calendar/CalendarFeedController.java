package org.demarche.dashboard.calendar;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;

import org.demarche.platform.web.InvalidInputException;
import org.demarche.platform.web.ProblemTypes;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A calendar feed per lead: {@code POST /api/calendar-feeds} gives a secret address that any
 * calendar client can subscribe to, {@code GET /calendar/{token}.ics} is the feed, and
 * {@code DELETE /api/calendar-feeds/{token}} revokes it. The token is the only key: the address
 * must be kept like a password, since calendar clients cannot log in.
 */
@RestController
class CalendarFeedController {

    static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");
    private static final int MAX_LEAD_LENGTH = 200;

    private final CalendarFeeds feeds;
    private final LeadsCalendar calendar;
    private final CalendarFeedProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    CalendarFeedController(CalendarFeeds feeds, LeadsCalendar calendar, CalendarFeedProperties properties, Clock clock) {
        this.feeds = feeds;
        this.calendar = calendar;
        this.properties = properties;
        this.clock = clock;
    }

    record FeedRequest(String lead) {
    }

    /** 201 with {@code {"lead", "token", "url"}}; the token is shown this once. */
    @PostMapping("/api/calendar-feeds")
    @ApiResponse(responseCode = "201", description = "made: `url` is the lead's personal feed, to paste into a calendar app")
    ResponseEntity<Map<String, String>> create(@RequestBody FeedRequest request) {
        String lead = request.lead() == null ? "" : request.lead().strip();
        if (lead.isEmpty() || lead.length() > MAX_LEAD_LENGTH) {
            throw InvalidInputException.of("lead", "is required: the lead's name or username, at most "
                    + MAX_LEAD_LENGTH + " characters");
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        feeds.insert(token, lead, clock.instant());
        String url = properties.base() + "/calendar/" + token + ".ics";
        return ResponseEntity.created(URI.create(url)).body(Map.of("lead", lead, "token", token, "url", url));
    }

    @DeleteMapping("/api/calendar-feeds/{token}")
    ResponseEntity<Void> revoke(@PathVariable String token) {
        if (!feeds.revoke(token)) {
            throw ProblemTypes.notFound("No calendar feed has this token");
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/calendar/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        return feeds.leadOf(token)
                .map(lead -> ResponseEntity.ok().contentType(TEXT_CALENDAR)
                        .header("Cache-Control", "private, max-age=60")
                        .body(calendar.write(lead)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
