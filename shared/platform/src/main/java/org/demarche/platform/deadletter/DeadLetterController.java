package org.demarche.platform.deadletter;

import java.security.Principal;
import java.util.List;

import org.demarche.platform.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.demarche.platform.web.ProblemTypes;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/dead-letters}: this service's pending dead letters. {@code POST
 * /api/dead-letters/{topic}/{partition}/{offset}/replay}: sends one back to the group that gave up
 * on it, audited. ADMIN only (see the platform's access rules). 400 naming the field for a topic
 * that is not one of this service's dead-letter topics or a position that is not a number, 404 for
 * no pending dead letter there, 409 for one replayed before.
 */
@RestController
class DeadLetterController {

    private final DeadLetters deadLetters;

    DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping("/api/dead-letters")
    List<DeadLetter> list() {
        return deadLetters.pending();
    }

    @PostMapping("/api/dead-letters/{topic}/{partition}/{offset}/replay")
    ResponseEntity<?> replay(@PathVariable String topic, @PathVariable String partition, @PathVariable String offset,
                             Principal principal) {
        if (!deadLetters.deadLetterTopics().contains(topic)) {
            throw InvalidInputException.of("topic", "must be one of this service's dead-letter topics "
                    + deadLetters.deadLetterTopics() + ", was '" + topic + "'");
        }
        int partitionNumber = (int) number("partition", partition, Integer.MAX_VALUE);
        long offsetNumber = number("offset", offset, Long.MAX_VALUE);
        return deadLetters.replay(topic, partitionNumber, offsetNumber, principal.getName())
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> problem(HttpStatus.NOT_FOUND, "No pending dead letter at " + topic + "/" + partition
                        + "/" + offset));
    }

    @ExceptionHandler(DeadLetters.AlreadyReplayedException.class)
    ResponseEntity<ProblemDetail> alreadyReplayed(DeadLetters.AlreadyReplayedException e) {
        return problem(HttpStatus.CONFLICT, e.getMessage());
    }

    private static long number(String field, String value, long max) {
        try {
            long number = Long.parseLong(value);
            if (number >= 0 && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw InvalidInputException.of(field, "must be a whole number from 0 to " + max + ", was '" + value + "'");
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(ProblemTypes.forStatus(status.value()));
        return ResponseEntity.status(status).body(problem);
    }
}
