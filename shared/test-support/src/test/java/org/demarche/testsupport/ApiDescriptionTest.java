package org.demarche.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;

/** The checker behind every service's OpenAPI test must be able to fail: each way it can, shown once. */
class ApiDescriptionTest {

    /** A valid 3.1 document with one call: GET /api/meetings/{id}, its 404 a problem. */
    static final String ONE_CALL = """
            {
              "openapi": "3.1.0",
              "info": {"title": "Démarche intake", "version": "1"},
              "paths": {
                "/api/meetings/{id}": {
                  "get": {
                    "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
                    "responses": {
                      "200": {"description": "the meeting"},
                      "404": {"$ref": "#/components/responses/NotFound"}
                    }
                  }
                }
              },
              "components": {
                "schemas": {"ProblemDetail": {"type": "object"}},
                "responses": {
                  "NotFound": {
                    "description": "unknown id",
                    "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/ProblemDetail"}}}
                  }
                }
              }
            }
            """;

    static final List<RequestMappingInfo> MEETING_CALLS = List.of(
            RequestMappingInfo.paths("/api/meetings/{id}").methods(RequestMethod.GET).build(),
            RequestMappingInfo.paths("/api/meetings/{id}").methods(RequestMethod.DELETE).build(),
            RequestMappingInfo.paths("/meetings/{id}/edit").methods(RequestMethod.GET).build());

    @Test
    void reportsAMappingTheDocumentLacks() {
        var described = ApiDescription.describedOperations(ApiDescription.parse(ONE_CALL));
        var mapped = ApiDescription.mappedOperations(MEETING_CALLS, List.of());

        assertThat(ApiDescription.undescribed(mapped, described)).containsExactly("DELETE /api/meetings/{id}");
    }

    @Test
    void leavesOutPagesOutsideTheDescribedPaths() {
        assertThat(ApiDescription.mappedOperations(MEETING_CALLS, List.of()))
                .containsExactly("DELETE /api/meetings/{id}", "GET /api/meetings/{id}");
        assertThat(ApiDescription.mappedOperations(MEETING_CALLS, List.of("/meetings/*/edit")))
                .contains("GET /meetings/{id}/edit");
    }

    @Test
    void readsAPathVariableWithARegexAsTheDocumentNamesIt() {
        var mapping = RequestMappingInfo.paths("/api/drafts/{version:\\d+}").methods(RequestMethod.GET).build();

        assertThat(ApiDescription.mappedOperations(List.of(mapping), List.of()))
                .isEqualTo(Set.of("GET /api/drafts/{version}"));
    }

    @Test
    void findsEveryMappingOfACompleteDocument() {
        var described = ApiDescription.describedOperations(ApiDescription.parse(ONE_CALL));

        assertThat(ApiDescription.undescribed(Set.of("GET /api/meetings/{id}"), described)).isEmpty();
        assertThat(ApiDescription.errorsWithoutProblem(ApiDescription.parse(ONE_CALL))).isEmpty();
    }

    @Test
    void refusesADocumentTheValidatorFindsFaultWith() {
        String noResponseDescription = ONE_CALL.replace("{\"description\": \"the meeting\"}", "{}");

        assertThatThrownBy(() -> ApiDescription.parse(noResponseDescription))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("description is missing");
    }

    @Test
    void refusesAnOpenApi30Document() {
        assertThatThrownBy(() -> ApiDescription.parse(ONE_CALL.replace("3.1.0", "3.0.3")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("not 3.1");
    }

    @Test
    void reportsAnErrorThatIsNotAProblem() {
        String plainJsonError = ONE_CALL.replace("{\"$ref\": \"#/components/responses/NotFound\"}",
                "{\"description\": \"unknown id\", \"content\": {\"application/json\": {\"schema\": {\"type\": \"object\"}}}}");

        assertThat(ApiDescription.errorsWithoutProblem(ApiDescription.parse(plainJsonError)))
                .containsExactly("GET /api/meetings/{id} 404");
    }
}
