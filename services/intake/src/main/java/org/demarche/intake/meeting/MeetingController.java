package org.demarche.intake.meeting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.demarche.intake.IntakeProperties;
import org.demarche.platform.web.ProblemTypes;
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

    /** The reference case's meeting (Paris, 20 July 2018), as a coordinator enters it. */
    static final String REFERENCE_MEETING = """
            {"title": "Macron – Aliyev meeting", "startsAt": "2018-07-20T11:00", "timeZone": "Europe/Paris",
             "city": "Paris", "participants": [
               {"name": "Emmanuel Macron", "title": "President of the French Republic", "country": "FR"},
               {"name": "Ilham Aliyev", "title": "President of the Republic of Azerbaijan", "country": "AZ"}]}""";

    static final String COUNTRY_NOT_A_CODE = """
            {"type": "https://demarche.org/problems/invalid-input", "title": "Invalid input", "status": 400,
             "detail": "participants[1].country: 'Azerbaijan' is not an ISO 3166-1 alpha-2 country code such as FR or AZ",
             "instance": "/api/meetings", "errors": [{"field": "participants[1].country",
               "message": "'Azerbaijan' is not an ISO 3166-1 alpha-2 country code such as FR or AZ"}]}""";

    @PostMapping
    @Operation(summary = "Enter a meeting: campaigns open for it when a participant is a registered target",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "reference case", value = REFERENCE_MEETING))))
    @ApiResponse(responseCode = "201", description = "entered: `id`, and `Location` names the meeting")
    @ApiResponse(responseCode = "400", description = "invalid input: `errors` names each field", content = @Content(
            examples = @ExampleObject(name = "a country name, not its code", value = COUNTRY_NOT_A_CODE)))
    ResponseEntity<Map<String, Object>> schedule(@RequestBody MeetingRequest request, Coordinator coordinator) {
        UUID id = registrar.schedule(request.validate(limits), coordinator);
        return ResponseEntity.created(URI.create("/api/meetings/" + id)).body(Map.of("id", id));
    }

    /** The whole meeting again, as for POST; 200 with the meeting whether or not anything changed. */
    @PutMapping("/{id}")
    @Operation(summary = "Move or change a meeting: the whole meeting again, as for POST",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "reference case", value = REFERENCE_MEETING))))
    Meeting reschedule(@PathVariable UUID id, @RequestBody MeetingRequest request) {
        registrar.reschedule(id, request.validate(limits));
        return meetings.find(id).orElseThrow(() -> new UnknownMeetingException(id));
    }

    /** 204 whether the meeting is cancelled now or was before. */
    @DeleteMapping("/{id}")
    @ApiResponse(responseCode = "204", description = "cancelled, now or before")
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
        problem.setType(ProblemTypes.of("not-found"));
        return problem;
    }

    @ExceptionHandler(MeetingCancelledException.class)
    ProblemDetail cancelled(MeetingCancelledException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Meeting cancelled");
        problem.setType(ProblemTypes.of("meeting-cancelled"));
        return problem;
    }
}
