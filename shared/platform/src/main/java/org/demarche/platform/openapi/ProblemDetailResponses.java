package org.demarche.platform.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.demarche.platform.security.ProblemResponses;
import org.demarche.platform.web.DatabaseUnavailable;
import org.demarche.platform.web.FieldProblem;
import org.demarche.platform.web.ProblemDetailsAdvice;
import org.demarche.platform.web.ProblemTypes;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.ProblemDetail;

/**
 * The errors of every described call, as the platform answers them: RFC 9457 problem details
 * ({@code application/problem+json}) with the project's {@code errors} list of {@link FieldProblem}s
 * for invalid input. A call with input may answer 400; one that needs a role 401 and 403; one whose
 * path names something 404; every call 503 while the database is away. A status only some calls give
 * (409) is declared on the controller ({@code @ApiResponse}) and gets the same problem body here.
 */
final class ProblemDetailResponses implements OpenApiCustomizer {

    static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    static final String PROBLEM_SCHEMA = "ProblemDetail";
    static final String FIELD_PROBLEM_SCHEMA = "FieldProblem";

    private final AnonymousAccess open;

    ProblemDetailResponses(AnonymousAccess open) {
        this.open = open;
    }

    @Override
    public void customise(OpenAPI openApi) {
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.setComponents(components);
        components.addSchemas(FIELD_PROBLEM_SCHEMA, fieldProblemSchema());
        components.addSchemas(PROBLEM_SCHEMA, problemSchema());
        for (Answer answer : Answer.values()) {
            components.addResponses(answer.component, answer.response());
        }
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
            operation.setResponses(responses);
            responses.forEach((status, response) -> {
                if (isError(status) && response.get$ref() == null) {
                    response.setContent(problemContent(examplesOf(response)));
                }
            });
            if (hasInput(operation)) {
                Answer.BAD_REQUEST.addTo(responses);
            }
            if (!open.isOpen(path, method)) {
                Answer.UNAUTHORIZED.addTo(responses);
                Answer.FORBIDDEN.addTo(responses);
            }
            if (path.contains("{")) {
                Answer.NOT_FOUND.addTo(responses);
            }
            Answer.SERVICE_UNAVAILABLE.addTo(responses);
        }));
    }

    /** The answers every call may give, each described once under {@code components.responses}. */
    enum Answer {
        BAD_REQUEST("400", "BadRequest", "Invalid input: `errors` names each field and what is wrong with it.",
                invalidBody()),
        UNAUTHORIZED("401", "Unauthorized", "Not signed in (no credentials, or wrong ones).",
                problem(ProblemTypes.UNAUTHORIZED, 401, "Unauthorized", ProblemResponses.UNAUTHORIZED_DETAIL)),
        FORBIDDEN("403", "Forbidden", "Signed in, but the role does not allow this call.",
                problem(ProblemTypes.FORBIDDEN, 403, "Forbidden", ProblemResponses.FORBIDDEN_DETAIL)),
        NOT_FOUND("404", "NotFound", "Nothing with this id (or token) is known here.",
                problem(ProblemTypes.NOT_FOUND, 404, "Not Found", null)),
        SERVICE_UNAVAILABLE("503", "ServiceUnavailable", "The database is away or busy; nothing of the request "
                + "was saved. Send it again after Retry-After seconds.", databaseUnavailable());

        final String status;
        final String component;
        final String description;
        final Map<String, Object> example;

        Answer(String status, String component, String description, Map<String, Object> example) {
            this.status = status;
            this.component = component;
            this.description = description;
            this.example = example;
        }

        ApiResponse response() {
            ApiResponse response = new ApiResponse().description(description)
                    .content(problemContent(Map.of(component, new Example().value(example))));
            if (this == SERVICE_UNAVAILABLE) {
                response.addHeaderObject("Retry-After", new Header().description("seconds to wait before trying again")
                        .schema(new IntegerSchema()));
            }
            if (this == UNAUTHORIZED) {
                response.addHeaderObject("WWW-Authenticate", new Header()
                        .description("names HTTP Basic, so that scripts know how to answer").schema(new StringSchema()));
            }
            return response;
        }

        void addTo(ApiResponses responses) {
            if (!responses.containsKey(status)) {
                responses.addApiResponse(status, new ApiResponse().$ref("#/components/responses/" + component));
            }
        }
    }

    private static boolean isError(String status) {
        return status.length() == 3 && (status.startsWith("4") || status.startsWith("5"));
    }

    private static boolean hasInput(Operation operation) {
        return operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
    }

    private static Map<String, Example> examplesOf(ApiResponse response) {
        Map<String, Example> examples = new LinkedHashMap<>();
        if (response.getContent() != null) {
            response.getContent().values().forEach(media -> {
                if (media.getExamples() != null) {
                    examples.putAll(media.getExamples());
                }
            });
        }
        return examples;
    }

    private static Content problemContent(Map<String, Example> examples) {
        MediaType media = new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA));
        if (!examples.isEmpty()) {
            media.setExamples(new LinkedHashMap<>(examples));
        }
        return new Content().addMediaType(PROBLEM_JSON, media);
    }

    static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("RFC 9457 problem details, as every error of the APIs is answered.")
                .addProperty("type", new StringSchema().format("uri")
                        .description("`https://demarche.org/problems/<slug>`: the kind of problem, the same in every "
                                + "service, e.g. `invalid-input`, `not-found`, `conflict`"))
                .addProperty("title", new StringSchema().description("short, the same for every problem of its kind"))
                .addProperty("status", new IntegerSchema().description("the HTTP status"))
                .addProperty("detail", new StringSchema().description("what went wrong, in words a coordinator "
                        + "understands; for invalid input the first field and its problem"))
                .addProperty("instance", new StringSchema().format("uri-reference").description("the path called"))
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/"
                        + FIELD_PROBLEM_SCHEMA)).description("400 only: every field that is wrong"));
    }

    static Schema<?> fieldProblemSchema() {
        return new ObjectSchema()
                .description("One thing wrong with a request.")
                .addProperty("field", new StringSchema()
                        .description("the field as the client sent it, e.g. `participants[1].country`"))
                .addProperty("message", new StringSchema().description("what is wrong with it"))
                .required(List.of("field", "message"));
    }

    private static Map<String, Object> invalidBody() {
        FieldProblem unreadable = FieldProblem.unreadableBody();
        ProblemDetail answer = ProblemDetailsAdvice.problem(List.of(unreadable));
        Map<String, Object> problem = problem(answer.getType(), answer.getStatus(), answer.getTitle(), answer.getDetail());
        problem.put("errors", List.of(Map.of("field", unreadable.field(), "message", unreadable.message())));
        return problem;
    }

    private static Map<String, Object> databaseUnavailable() {
        ProblemDetail problem = DatabaseUnavailable.problemFor(new DataAccessResourceFailureException("example"))
                .orElseThrow();
        return problem(problem.getType(), problem.getStatus(), problem.getTitle(), problem.getDetail());
    }

    private static Map<String, Object> problem(java.net.URI type, int status, String title, String detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type.toString());
        problem.put("title", title);
        problem.put("status", status);
        if (detail != null) {
            problem.put("detail", detail);
        }
        return problem;
    }
}
