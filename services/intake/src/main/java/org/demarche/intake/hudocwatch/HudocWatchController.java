package org.demarche.intake.hudocwatch;

import java.time.Duration;
import java.util.List;

import org.demarche.platform.web.ProblemTypes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/hudoc-watch}: what the watcher follows and where it stands with each source and
 * state ({@code lastError} when a poll stopped); {@code POST /api/hudoc-watch/poll} polls them all
 * at once.
 */
@RestController
@RequestMapping("/api/hudoc-watch")
class HudocWatchController {

    /**
     * The body of GET.
     *
     * @param states  the alpha-3 codes of the states with open cases, watched now
     * @param cursors where each source and state stands, also of states no longer watched
     */
    record WatchStatus(boolean enabled, Duration interval, int pageLength, List<String> states,
                       List<WatchCursor> cursors) {
    }

    private final HudocWatcher watcher;
    private final WatchCursors cursors;
    private final HudocWatchProperties properties;

    HudocWatchController(HudocWatcher watcher, WatchCursors cursors, HudocWatchProperties properties) {
        this.watcher = watcher;
        this.cursors = cursors;
        this.properties = properties;
    }

    @GetMapping
    WatchStatus status() {
        List<String> states = watcher.watched().stream().map(HudocWatcher.Watched::state).distinct().toList();
        return new WatchStatus(properties.enabled(), properties.interval(), properties.pageLength(), states,
                cursors.all());
    }

    /** 200 with what each poll did; 409 while the watcher is off, since then nothing may ask HUDOC. */
    @PostMapping("/poll")
    ResponseEntity<?> pollNow() {
        if (!properties.enabled()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                    "the HUDOC watcher is off; set demarche.intake.hudoc-watch.enabled=true to let intake ask HUDOC");
            problem.setTitle("HUDOC watcher off");
            problem.setType(ProblemTypes.of("hudoc-watcher-off"));
            return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
        }
        return ResponseEntity.ok(watcher.pollNow());
    }
}
