package org.demarche.intake.legal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/rulings}: coordinators enter court judgments that letters can cite. */
@RestController
@RequestMapping("/api/rulings")
class RulingController {

    private final RulingRegistrar registrar;
    private final Rulings rulings;
    private final Clock clock;

    RulingController(RulingRegistrar registrar, Rulings rulings, Clock clock) {
        this.registrar = registrar;
        this.rulings = rulings;
        this.clock = clock;
    }

    /** 201 for a new judgment; 200 with the stored one's id when it was entered before. */
    static final String REFERENCE_RULING = """
            {"court": "ECtHR", "caseName": "Ilgar Mammadov v. Azerbaijan", "applicationNo": "15172/13",
             "respondent": "AZ", "judgmentDate": "2014-05-22", "articlesViolated": ["5", "18"],
             "summary": "Right to liberty violated; detention aimed at silencing or punishing him for criticising the government.",
             "url": "https://hudoc.echr.coe.int/"}""";

    @PostMapping
    @Operation(summary = "Enter a court judgment", requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(examples = @ExampleObject(name = "reference case", value = REFERENCE_RULING))))
    @ApiResponse(responseCode = "201", description = "a new judgment: `id`, and `Location` names it")
    @ApiResponse(responseCode = "200", description = "entered before: the stored one's `id`")
    ResponseEntity<Map<String, Object>> record(@RequestBody RulingRequest request) {
        Recorded recorded = registrar.record(request.validate(InputChecks.latestDate(clock)));
        URI location = URI.create("/api/rulings/" + recorded.id());
        Map<String, Object> body = Map.of("id", recorded.id());
        return recorded.isNew() ? ResponseEntity.created(location).body(body)
                : ResponseEntity.ok().location(location).body(body);
    }

    @GetMapping
    List<Ruling> all() {
        return rulings.all();
    }

    @GetMapping("/{id}")
    ResponseEntity<Ruling> one(@PathVariable UUID id) {
        return ResponseEntity.of(rulings.find(id));
    }
}
