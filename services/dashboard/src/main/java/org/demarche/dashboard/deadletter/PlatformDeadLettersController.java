package org.demarche.dashboard.deadletter;

import org.demarche.platform.deadletter.DeadLetters;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The count administrators watch, for the whole platform (ADMIN, as every {@code
 * /api/dead-letters} path): read from the dead-letter topics, where a replay leaves its marker, so
 * the dashboard needs no other service to answer. Replaying stays with the service that gave up.
 */
@RestController
class PlatformDeadLettersController {

    private final DeadLetters deadLetters;

    PlatformDeadLettersController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping("/api/dead-letters/all")
    PlatformDeadLetters all() {
        return PlatformDeadLetters.of(deadLetters.pendingEverywhere());
    }
}
