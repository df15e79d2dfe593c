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

/** {@code /api/resolutions}: coordinators enter decisions of supervisory bodies on the execution of judgments. */
@RestController
@RequestMapping("/api/resolutions")
class ResolutionController {

    private final ResolutionRegistrar registrar;
    private final Resolutions resolutions;
    private final Clock clock;

    ResolutionController(ResolutionRegistrar registrar, Resolutions resolutions, Clock clock) {
        this.registrar = registrar;
        this.resolutions = resolutions;
        this.clock = clock;
    }

    /** 201 for a new resolution; 200 with the stored one's id when its reference was entered before. */
    static final String REFERENCE_RESOLUTION = """
            {"body": "Committee of Ministers", "reference": "CM/ResDH(2017)379", "adoptedOn": "2017-10-25",
             "respondent": "AZ", "caseName": "Ilgar Mammadov v. Azerbaijan", "applicationNo": "15172/13",
             "kind": "infringement-referral",
             "summary": "Infringement proceedings under Article 46(4) of the Convention.",
             "url": "https://hudoc.exec.coe.int/"}""";

    @PostMapping
    @Operation(summary = "Enter a Committee of Ministers decision or resolution",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "reference case", value = REFERENCE_RESOLUTION))))
    @ApiResponse(responseCode = "201", description = "a new resolution: `id`, and `Location` names it")
    @ApiResponse(responseCode = "200", description = "entered before: the stored one's `id`")
    ResponseEntity<Map<String, Object>> record(@RequestBody ResolutionRequest request) {
        Recorded recorded = registrar.record(request.validate(InputChecks.latestDate(clock)));
        URI location = URI.create("/api/resolutions/" + recorded.id());
        Map<String, Object> body = Map.of("id", recorded.id());
        return recorded.isNew() ? ResponseEntity.created(location).body(body)
                : ResponseEntity.ok().location(location).body(body);
    }

    @GetMapping
    List<Resolution> all() {
        return resolutions.all();
    }

    @GetMapping("/{id}")
    ResponseEntity<Resolution> one(@PathVariable UUID id) {
        return ResponseEntity.of(resolutions.find(id));
    }
}
