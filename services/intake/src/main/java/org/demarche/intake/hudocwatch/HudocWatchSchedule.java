package org.demarche.intake.hudocwatch;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the watcher's due polls on Spring's scheduler, when the watcher is on. Polls are due per
 * source and state every {@code interval}; this only looks for due ones every {@code check-every}.
 */
@Component
class HudocWatchSchedule {

    private final HudocWatcher watcher;
    private final HudocWatchProperties properties;

    HudocWatchSchedule(HudocWatcher watcher, HudocWatchProperties properties) {
        this.watcher = watcher;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${demarche.intake.hudoc-watch.check-every:PT1M}",
            initialDelayString = "${demarche.intake.hudoc-watch.check-every:PT1M}")
    void pollDue() {
        if (properties.enabled()) {
            watcher.pollDue();
        }
    }
}
