package org.demarche.campaigns.registry;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import java.util.List;

import org.demarche.campaigns.registry.RegistryRequests.CaseRequest;
import org.demarche.campaigns.registry.RegistryRequests.ExchangeRequest;
import org.demarche.campaigns.letter.LetterComposer;
import org.demarche.campaigns.registry.RegistryRequests.PartnerRequest;
import org.demarche.campaigns.registry.RegistryRequests.SituationRequest;
import org.demarche.campaigns.registry.RegistryRequests.TargetRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/registry}: coordinators keep targets, partners, cases, earlier exchanges and situations. */
@RestController
@RequestMapping("/api/registry")
class RegistryController {

    private final Registry registry;
    private final LetterComposer composer;

    RegistryController(Registry registry, LetterComposer composer) {
        this.registry = registry;
        this.composer = composer;
    }

    // the reference case's target, lead partner and case, e.g. PUT /api/registry/targets/macron
    static final String REFERENCE_TARGET = """
            {"name": "Emmanuel Macron", "title": "President of the French Republic", "country": "FR",
             "language": "fr", "salutation": "Dear President Macron,", "email": "president@elysee.example",
             "addressLines": ["M. Emmanuel MACRON", "Président de la République française", "Palais de l'Elysée",
                              "55 Rue du Faubourg Saint-Honoré", "75008 Paris"]}""";
    static final String REFERENCE_PARTNER = """
            {"organisation": "Human Rights Club", "country": "AZ", "city": "Baku", "contactName": "Rasul Jafarov",
             "contactTitle": "Director", "email": "director@hrclub.example", "language": "en",
             "timeZone": "Asia/Baku", "lead": true, "concerns": ["AZ"]}""";
    static final String REFERENCE_CASE = """
            {"country": "AZ", "person": "Ilgar Mammadov", "status": "open",
             "description": "Opposition leader (REAL), recognised by Amnesty International as a prisoner of conscience; sentenced in March 2014 by a court in Shaki to seven years' imprisonment."}""";

    @PutMapping("/targets/{id}")
    @Operation(summary = "Register or update a head of state or government who receives letters",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "macron", value = REFERENCE_TARGET))))
    Target putTarget(@PathVariable String id, @RequestBody TargetRequest request) {
        Target target = request.validate(id, composer.languages());
        registry.put(target);
        return target;
    }

    @GetMapping("/targets")
    List<Target> targets() {
        return registry.targets();
    }

    @GetMapping("/targets/{id}")
    ResponseEntity<Target> target(@PathVariable String id) {
        return ResponseEntity.of(registry.target(id));
    }

    @PutMapping("/partners/{id}")
    @Operation(summary = "Register or update a partner organisation; lead partners sign first",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "human-rights-club", value = REFERENCE_PARTNER))))
    Partner putPartner(@PathVariable String id, @RequestBody PartnerRequest request) {
        Partner partner = request.validate(id);
        registry.put(partner);
        return partner;
    }

    @GetMapping("/partners")
    List<Partner> partners() {
        return registry.partners();
    }

    @GetMapping("/partners/{id}")
    ResponseEntity<Partner> partner(@PathVariable String id) {
        return ResponseEntity.of(registry.partner(id));
    }

    @PutMapping("/cases/{id}")
    @Operation(summary = "Register or update a case: a person whose release or rights the campaign asks for",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "ilgar-mammadov", value = REFERENCE_CASE))))
    RegisteredCase putCase(@PathVariable String id, @RequestBody CaseRequest request) {
        RegisteredCase registeredCase = request.validate(id);
        registry.put(registeredCase);
        return registeredCase;
    }

    @GetMapping("/cases")
    List<RegisteredCase> cases() {
        return registry.cases();
    }

    @GetMapping("/cases/{id}")
    ResponseEntity<RegisteredCase> registeredCase(@PathVariable String id) {
        return ResponseEntity.of(registry.registeredCase(id));
    }

    @PutMapping("/exchanges/{id}")
    Exchange putExchange(@PathVariable String id, @RequestBody ExchangeRequest request) {
        Exchange exchange = request.validate(id);
        registry.put(exchange);
        return exchange;
    }

    @GetMapping("/exchanges")
    List<Exchange> exchanges() {
        return registry.exchanges();
    }

    @GetMapping("/exchanges/{id}")
    ResponseEntity<Exchange> exchange(@PathVariable String id) {
        return ResponseEntity.of(registry.exchange(id));
    }

    @PutMapping("/situations/{id}")
    Situation putSituation(@PathVariable String id, @RequestBody SituationRequest request) {
        Situation situation = request.validate(id);
        registry.put(situation);
        return situation;
    }

    @GetMapping("/situations")
    List<Situation> situations() {
        return registry.situations();
    }

    @GetMapping("/situations/{id}")
    ResponseEntity<Situation> situation(@PathVariable String id) {
        return ResponseEntity.of(registry.situation(id));
    }
}
