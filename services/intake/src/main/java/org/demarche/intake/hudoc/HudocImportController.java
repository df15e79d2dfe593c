package org.demarche.intake.hudoc;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.demarche.platform.web.FieldProblem;
import org.demarche.platform.web.ProblemTypes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/imports/hudoc} and {@code /api/imports/hudoc-exec}: HUDOC search results as
 * the body. A body that is not a HUDOC result at all is refused with 400; otherwise every good
 * record is imported and each bad one is reported by its index and reason.
 */
@RestController
class HudocImportController {

    /** HUDOC pages results; a body this large is not one page of them. */
    static final int MAX_BODY = 20 * 1024 * 1024;

    private final HudocImporter importer;

    HudocImportController(HudocImporter importer) {
        this.importer = importer;
    }

    @PostMapping("/api/imports/hudoc")
    @Operation(summary = "Import ECtHR judgments in HUDOC's JSON result shape",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = "application/json", schema = @Schema(type = "object",
                    description = "HUDOC's result: {\"results\": [{\"columns\": {\"itemid\", \"appno\", ...}}]}"))))
    LegalImportSummary judgments(HttpServletRequest request) throws IOException {
        return importer.importJudgments(body(request), "upload");
    }

    @PostMapping("/api/imports/hudoc-exec")
    @Operation(summary = "Import Committee of Ministers records in HUDOC-EXEC's JSON result shape",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = "application/json", schema = @Schema(type = "object",
                    description = "HUDOC-EXEC's result: {\"results\": [{\"columns\": {\"execidentifier\", ...}}]}"))))
    LegalImportSummary execution(HttpServletRequest request) throws IOException {
        return importer.importExecution(body(request), "upload");
    }

    private static byte[] body(HttpServletRequest request) throws IOException {
        try (InputStream in = request.getInputStream()) {
            byte[] read = in.readNBytes(MAX_BODY + 1);
            if (read.length > MAX_BODY) {
                throw new UnreadableSourceException("the body is larger than " + MAX_BODY + " bytes");
            }
            return read;
        }
    }

    @ExceptionHandler(UnreadableSourceException.class)
    ProblemDetail unreadable(UnreadableSourceException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "body: " + e.getMessage());
        problem.setTitle("Unreadable HUDOC result; nothing was imported");
        problem.setType(ProblemTypes.of("unreadable-source"));
        problem.setProperty("errors", List.of(new FieldProblem("body", e.getMessage())));
        return problem;
    }
}
