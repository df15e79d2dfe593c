package org.demarche.intake.meeting;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.demarche.intake.IntakeProperties;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/meetings}: coordinators enter the meetings campaigns are timed to. */
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
    ResponseEntity<Map<String, Object>> schedule(@RequestBody MeetingRequest request) {
        UUID id = registrar.schedule(request.validate(limits));
        return ResponseEntity.created(URI.create("/api/meetings/" + id)).body(Map.of("id", id));
    }

    @GetMapping
    List<Meeting> all() {
        return meetings.all();
    }

    @GetMapping("/{id}")
    ResponseEntity<Meeting> one(@PathVariable UUID id) {
        return ResponseEntity.of(meetings.find(id));
    }
}
