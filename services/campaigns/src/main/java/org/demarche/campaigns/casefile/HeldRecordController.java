package org.demarche.campaigns.casefile;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.security.Principal;
import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/case-file/held}: court records whose case name names the persons of two or more open
 * cases of a country, held until a coordinator attaches each to a case or dismisses it.
 */
@RestController
@RequestMapping("/api/case-file/held")
class HeldRecordController {

    private final HeldItems items;

    HeldRecordController(HeldItems items) {
        this.items = items;
    }

    @GetMapping
    List<HeldItem> held() {
        return items.waiting();
    }

    /** {@code {"caseId": "..."}}: the record is about this case. */
    @PostMapping("/{id}")
    @ApiResponse(responseCode = "200", description = "attached to the case")
    @ApiResponse(responseCode = "409", description = "the record was decided already")
    HeldItem attach(@PathVariable UUID id, @RequestBody(required = false) Attachment attachment, Principal principal) {
        return items.attach(id, attachment == null ? null : attachment.caseId(), actor(principal));
    }

    /** The record is about none of the cases: out of the list, cited by nobody. */
    @DeleteMapping("/{id}")
    @ApiResponse(responseCode = "200", description = "dismissed")
    @ApiResponse(responseCode = "409", description = "the record was decided already")
    HeldItem dismiss(@PathVariable UUID id, Principal principal) {
        return items.dismiss(id, actor(principal));
    }

    static String actor(Principal principal) {
        return principal == null ? "anonymous" : principal.getName();
    }

    /** The body of an attachment. */
    record Attachment(String caseId) {
    }
}
