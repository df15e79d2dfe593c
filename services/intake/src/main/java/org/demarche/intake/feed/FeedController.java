package org.demarche.intake.feed;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.demarche.platform.web.FieldProblem;
import org.demarche.platform.web.InvalidInputException;
import org.demarche.platform.web.ProblemTypes;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/feeds}: coordinators subscribe to a calendar or a HUDOC search by URL, or to a file
 * dropped in the feeds folder. A new feed is polled at the next check; {@code POST
 * /api/feeds/{id}/poll} polls it at once and answers what the import did.
 */
@RestController
@RequestMapping("/api/feeds")
class FeedController {

    static final String ICS = "ics";
    static final List<String> KINDS = List.of(ICS, "hudoc", "hudoc-exec");

    private final Feeds feeds;
    private final FeedPoller poller;
    private final FeedProperties properties;
    private final Clock clock;

    FeedController(Feeds feeds, FeedPoller poller, FeedProperties properties, Clock clock) {
        this.feeds = feeds;
        this.poller = poller;
        this.properties = properties;
        this.clock = clock;
    }

    /** The body of POST: a {@code url} or a {@code path}; {@code kind} defaults to {@code ics}. */
    record FeedRequest(String kind, String url, String path) {
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "subscribed: `Location` names the feed")
    ResponseEntity<Feed> subscribe(@RequestBody FeedRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        String kind = request.kind() == null || request.kind().isBlank() ? ICS : request.kind().strip();
        if (!KINDS.contains(kind)) {
            problems.add(new FieldProblem("kind", "'" + request.kind() + "' is not one of " + String.join(", ", KINDS)));
        }
        String url = blankToNull(request.url());
        String path = blankToNull(request.path());
        if ((url == null) == (path == null)) {
            problems.add(new FieldProblem(url == null ? "url" : "path", "give either a url or a path, not both"));
        }
        if (url != null && !isWebAddress(url)) {
            problems.add(new FieldProblem("url", "'" + url + "' is not an http or https address"));
        }
        if (path != null) {
            try {
                FeedContent.resolve(properties.directory(), path);
            } catch (IllegalArgumentException e) { // InvalidPathException included
                problems.add(new FieldProblem("path", e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UUID id = UUID.randomUUID();
        feeds.insert(id, kind, url, path, clock.instant());
        return ResponseEntity.created(URI.create("/api/feeds/" + id)).body(feeds.find(id).orElseThrow());
    }

    @GetMapping
    List<Feed> all() {
        return feeds.all();
    }

    @GetMapping("/{id}")
    ResponseEntity<Feed> one(@PathVariable UUID id) {
        return ResponseEntity.of(feeds.find(id));
    }

    /** Polls the feed now, whatever its schedule, and answers the feed with what the poll did. */
    @PostMapping("/{id}/poll")
    ResponseEntity<Map<String, Object>> pollNow(@PathVariable UUID id) {
        return feeds.find(id).map(feed -> {
            FeedPoller.Poll poll = poller.poll(feed);
            Map<String, Object> body = new HashMap<>();
            body.put("feed", feeds.find(id).orElseThrow());
            body.put("outcome", poll.outcome());
            body.put("result", poll.result());
            body.put("error", poll.error());
            return ResponseEntity.ok(body);
        }).orElseThrow(() -> ProblemTypes.notFound("No feed " + id));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> unsubscribe(@PathVariable UUID id) {
        if (!feeds.delete(id)) {
            throw ProblemTypes.notFound("No feed " + id);
        }
        return ResponseEntity.noContent().build();
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
