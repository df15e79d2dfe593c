package org.demarche.intake.calendar;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.demarche.intake.imports.ImportExecutor;
import org.demarche.intake.imports.ImportRun;
import org.demarche.intake.imports.ImportRuns;
import org.demarche.intake.meeting.Coordinator;
import org.demarche.platform.web.FieldProblem;
import org.demarche.platform.web.InvalidInputException;
import org.demarche.platform.web.ProblemTypes;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/imports/ics}: a coordinator's calendar file, as the body ({@code text/calendar}).
 * The file is read first: events that cannot be read are listed as skipped, and only a file that
 * is no calendar at all is refused with 400, nothing of it imported.
 * With {@code Prefer: respond-async} the answer is 202 and the import's progress is at
 * {@code GET /api/imports/{id}}; otherwise the answer waits for the counts.
 */
@RestController
class CalendarImportController {

    private final CalendarImporter importer;
    private final CalendarProperties properties;
    private final ImportExecutor executor;
    private final ImportRuns runs;

    CalendarImportController(CalendarImporter importer, CalendarProperties properties, ImportExecutor executor,
                             ImportRuns runs) {
        this.importer = importer;
        this.properties = properties;
        this.executor = executor;
        this.runs = runs;
    }

    @PostMapping("/api/imports/ics")
    @Operation(summary = "Import an iCalendar file: meetings created, moved or cancelled; unrecognised ones for review",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = "text/calendar", schema = @Schema(type = "string", format = "binary"))))
    @ApiResponse(responseCode = "200", description = "imported: the counts and what was skipped, and why")
    @ApiResponse(responseCode = "202", description = "with `Prefer: respond-async`: started; `Location` names the run")
    ResponseEntity<?> importCalendar(HttpServletRequest request, @RequestParam(required = false) String horizon,
                                     @RequestHeader(name = "Prefer", required = false) String prefer,
                                     Coordinator coordinator) throws IOException {
        byte[] file = body(request, properties.maxSize().toBytes());
        CalendarImporter.ReadFile read = importer.read(file, horizon(horizon), "upload", coordinator);
        if (prefer != null && prefer.toLowerCase(java.util.Locale.ROOT).contains("respond-async")) {
            try {
                executor.submit(() -> importer.importRead(read));
            } catch (TaskRejectedException e) {
                runs.fail(read.runId(), "too many imports are waiting; try again in a minute");
                return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(ProblemTypes.problem(
                        HttpStatus.SERVICE_UNAVAILABLE, "imports-queue-full", "Too many imports waiting",
                        "too many imports are waiting; try again in a minute"));
            }
            return ResponseEntity.accepted().location(URI.create("/api/imports/" + read.runId()))
                    .body(Map.of("id", read.runId(), "status", ImportRun.RUNNING));
        }
        return ResponseEntity.ok(importer.importRead(read));
    }

    /** The body, read no further than one byte past the limit, so a huge upload is refused without holding it. */
    static byte[] body(HttpServletRequest request, long limit) throws IOException {
        try (InputStream in = request.getInputStream()) {
            byte[] read = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (read.length > limit) {
                throw new UnreadableCalendarException("the file is larger than " + limit + " bytes, the most accepted");
            }
            return read;
        }
    }

    private static Period horizon(String horizon) {
        if (horizon == null || horizon.isBlank()) {
            return null;
        }
        try {
            return Period.parse(horizon.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("horizon", "'" + horizon + "' is not an ISO-8601 period such as P6M or P1Y");
        }
    }

    @ExceptionHandler(UnreadableCalendarException.class)
    ProblemDetail unreadable(UnreadableCalendarException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "body: " + e.getMessage());
        problem.setTitle("Unreadable calendar; nothing was imported");
        problem.setType(ProblemTypes.of("unreadable-calendar"));
        problem.setProperty("errors", List.of(new FieldProblem("body", e.getMessage())));
        return problem;
    }
}
