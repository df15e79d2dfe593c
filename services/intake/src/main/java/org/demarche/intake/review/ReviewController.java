package org.demarche.intake.review;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.demarche.intake.calendar.ReviewItem;
import org.demarche.intake.calendar.ReviewQueue;
import org.demarche.intake.meeting.Coordinator;
import org.demarche.platform.web.ProblemTypes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/review}: calendar entries waiting for a coordinator. */
@RestController
@RequestMapping("/api/review")
class ReviewController {

    private final ReviewQueue queue;

    ReviewController(ReviewQueue queue) {
        this.queue = queue;
    }

    /** The pending entries, soonest first. */
    @GetMapping
    List<ReviewItem> pending() {
        return queue.pending();
    }

    @GetMapping("/{id}")
    ResponseEntity<ReviewItem> one(@PathVariable UUID id) {
        return ResponseEntity.of(queue.find(id));
    }

    /** 201 with the meeting's id and {@code Location}; the meeting is announced as MeetingScheduled. */
    @PostMapping("/{id}")
    @ApiResponse(responseCode = "201", description = "imported: `meetingId`, and `Location` names the meeting")
    ResponseEntity<Map<String, Object>> resolve(@PathVariable UUID id, @RequestBody ReviewQueue.Decision decision,
                                                Coordinator coordinator) {
        return queue.resolve(id, decision, coordinator)
                .map(meetingId -> ResponseEntity.created(URI.create("/api/meetings/" + meetingId))
                        .body(Map.<String, Object>of("meetingId", meetingId)))
                .orElseThrow(() -> ProblemTypes.notFound("No review entry " + id));
    }

    /** 204: the entry is not imported, and stays so until the calendar sends a newer version of it. */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> dismiss(@PathVariable UUID id) {
        if (!queue.dismiss(id)) {
            throw ProblemTypes.notFound("No review entry " + id);
        }
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(ReviewQueue.AlreadyResolvedException.class)
    ProblemDetail resolved(ReviewQueue.AlreadyResolvedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Already resolved");
        problem.setType(ProblemTypes.of("already-resolved"));
        return problem;
    }
}
