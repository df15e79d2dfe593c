package org.demarche.intake.meeting;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.demarche.intake.IntakeProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/meetings}: coordinators enter, move and cancel the meetings campaigns are timed to. */
@RestController
@RequestMapping("/api/meetings")
class MeetingController {

    private final MeetingRegistrar registrar;
    private final Meetings meetings;
    private final IntakeProperties limits;

    MeetingController(MeetingRegistrar registrar, Meetings meetings, IntakeProperties limits) {
        this.registrar = registrar;
        this.meetings = meetings;
        this.limits = limits;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> schedule(@RequestBody MeetingRequest request, Coordinator coordinator) {
        UUID id = registrar.schedule(request.validate(limits), coordinator);
        return ResponseEntity.created(URI.create("/api/meetings/" + id)).body(Map.of("id", id));
    }

    /** The whole meeting again, as for POST; 200 with the meeting whether or not anything changed. */
    @PutMapping("/{id}")
    Meeting reschedule(@PathVariable UUID id, @RequestBody MeetingRequest request) {
        registrar.reschedule(id, request.validate(limits));
        return meetings.find(id).orElseThrow(() -> new UnknownMeetingException(id));
    }

    /** 204 whether the meeting is cancelled now or was before. */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> cancel(@PathVariable UUID id, @RequestParam(required = false) String reason) {
        registrar.cancel(id, CancellationReason.of(reason));
        return ResponseEntity.noContent().build();
    }

    @GetMapping
    List<Meeting> all() {
        return meetings.all();
    }

    @GetMapping("/{id}")
    ResponseEntity<Meeting> one(@PathVariable UUID id) {
        return ResponseEntity.of(meetings.find(id));
    }

    @ExceptionHandler(UnknownMeetingException.class)
    ProblemDetail unknown(UnknownMeetingException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Unknown meeting");
        return problem;
    }

    @ExceptionHandler(MeetingCancelledException.class)
    ProblemDetail cancelled(MeetingCancelledException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Meeting cancelled");
        return problem;
    }
}
