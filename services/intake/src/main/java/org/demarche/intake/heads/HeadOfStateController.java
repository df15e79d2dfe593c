package org.demarche.intake.heads;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.demarche.platform.CountryCodes;
import org.demarche.platform.web.FieldProblem;
import org.demarche.platform.web.InvalidInputException;
import org.demarche.platform.web.ProblemTypes;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/heads}: the list calendar imports recognise participants by. Coordinators add or
 * correct an entry with PUT and retire one with DELETE (it stays listed, inactive).
 */
@RestController
@RequestMapping("/api/heads")
class HeadOfStateController {


    private final HeadsOfState heads;
    private final Clock clock;

    HeadOfStateController(HeadsOfState heads, Clock clock) {
        this.heads = heads;
        this.clock = clock;
    }

    /** The body of PUT; {@code active} defaults to true. */
    record HeadRequest(String name, String title, String country, List<String> aliases, Boolean active) {
    }

    @GetMapping
    List<HeadOfState> all() {
        return heads.all();
    }

    @GetMapping("/{id}")
    ResponseEntity<HeadOfState> one(@PathVariable String id) {
        return ResponseEntity.of(heads.find(id));
    }

    /** 201 for a new id, 200 for a changed entry. */
    @PutMapping("/{id}")
    @ApiResponse(responseCode = "201", description = "a new head of state or government")
    @ApiResponse(responseCode = "200", description = "updated")
    ResponseEntity<HeadOfState> save(@PathVariable String id, @RequestBody HeadRequest request) {
        HeadOfState head = validate(id, request);
        boolean created = heads.save(head, clock.instant());
        return created ? ResponseEntity.created(URI.create("/api/heads/" + id)).body(head) : ResponseEntity.ok(head);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> retire(@PathVariable String id) {
        if (!heads.retire(id, clock.instant())) {
            throw ProblemTypes.notFound("No head of state " + id);
        }
        return ResponseEntity.noContent().build();
    }

    private static HeadOfState validate(String id, HeadRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!id.matches("[a-z0-9][a-z0-9-]{0,99}")) {
            problems.add(new FieldProblem("id", "'" + id + "' is not a slug of lower-case letters, digits and dashes such as fr-macron"));
        }
        if (request.name() == null || request.name().isBlank() || request.name().strip().length() > 200) {
            problems.add(new FieldProblem("name", "is required, at most 200 characters"));
        }
        if (request.title() != null && request.title().strip().length() > 200) {
            problems.add(new FieldProblem("title", "is at most 200 characters"));
        }
        if (request.country() == null || !CountryCodes.isAlpha2(request.country())) {
            problems.add(new FieldProblem("country", "'" + request.country()
                    + "' is not an ISO 3166-1 alpha-2 country code such as FR or AZ"));
        }
        List<String> aliases = new ArrayList<>();
        List<String> given = request.aliases() == null ? List.of() : request.aliases();
        for (int i = 0; i < given.size(); i++) {
            String alias = given.get(i);
            if (alias == null || alias.isBlank() || alias.contains(";") || alias.strip().length() > 100) {
                problems.add(new FieldProblem("aliases[" + i + "]", "is a name of at most 100 characters without ';'"));
            } else {
                aliases.add(alias.strip());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new HeadOfState(id, request.name().strip(), request.title() == null ? null : request.title().strip(),
                request.country(), aliases, request.active() == null || request.active());
    }
}
