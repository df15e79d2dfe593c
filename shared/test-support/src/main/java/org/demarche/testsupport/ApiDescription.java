package org.demarche.testsupport;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.springframework.http.server.PathContainer;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Checks a service's OpenAPI description against the service itself: {@code /v3/api-docs} answers
 * an anonymous caller, is a valid OpenAPI 3.1 document (swagger-parser's validation, every message is
 * a failure), names every controller mapping under the described paths with its method, and answers
 * every error as {@code application/problem+json}. Called from each service's {@code AccessMatrixIT},
 * whose context is already running:
 *
 * <pre>{@code
 * ApiDescription.check(http, mappings, springDoc.getPathsToMatch());
 * }</pre>
 */
public final class ApiDescription {

    public static final String DOCUMENT = "/v3/api-docs";

    /** Always described, whatever a service adds: the calls scripts make. */
    static final String API = "/api/**";

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEM_SCHEMA = "#/components/schemas/ProblemDetail";

    private ApiDescription() {
    }

    /** What a check found, for the test's output. */
    public record Report(String openapi, int operations, int mappings) {
        @Override
        public String toString() {
            return "OpenAPI " + openapi + ", valid, " + operations + " operations; all " + mappings
                    + " controller mappings under the described paths are in it";
        }
    }

    /**
     * @param http           the service, called as nobody signed in
     * @param mappings       the service's controller mappings
     * @param describedPaths the service's {@code springdoc.paths-to-match}
     * @throws AssertionError listing every validation message, undescribed mapping and non-problem error
     */
    public static Report check(MockMvc http, RequestMappingHandlerMapping mappings, List<String> describedPaths)
            throws Exception {
        MockHttpServletResponse response = http.perform(get(DOCUMENT)).andReturn().getResponse();
        if (response.getStatus() != 200) {
            throw new AssertionError(DOCUMENT + " answered " + response.getStatus() + " to an anonymous caller");
        }
        String json = response.getContentAsString(StandardCharsets.UTF_8);
        OpenAPI document = parse(json);
        Set<String> mapped = mappedOperations(mappings.getHandlerMethods().keySet(), describedPaths);
        List<String> failures = new ArrayList<>();
        undescribed(mapped, describedOperations(document)).forEach(missing -> failures.add("not described: " + missing));
        errorsWithoutProblem(document).forEach(error -> failures.add("not problem+json: " + error));
        if (!failures.isEmpty()) {
            throw new AssertionError(DOCUMENT + " does not describe the service:\n  " + String.join("\n  ", failures));
        }
        return new Report(document.getOpenapi(), describedOperations(document).size(), mapped.size());
    }

    /**
     * Reads and validates an OpenAPI 3.1 document.
     *
     * @throws AssertionError with the validator's messages, when there are any or it is not 3.1
     */
    static OpenAPI parse(String json) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(json, null, options);
        List<String> messages = result.getMessages() == null ? List.of() : result.getMessages();
        if (!messages.isEmpty() || result.getOpenAPI() == null) {
            throw new AssertionError("not a valid OpenAPI document:\n  " + String.join("\n  ", messages));
        }
        if (!result.getOpenAPI().getOpenapi().startsWith("3.1.")) {
            throw new AssertionError("OpenAPI " + result.getOpenAPI().getOpenapi() + ", not 3.1");
        }
        return result.getOpenAPI();
    }

    /** {@code "GET /api/meetings/{id}"} for every operation of the document. */
    static Set<String> describedOperations(OpenAPI document) {
        Set<String> operations = new TreeSet<>();
        if (document.getPaths() != null) {
            document.getPaths().forEach((path, item) -> item.readOperationsMap()
                    .keySet().forEach(method -> operations.add(method.name() + " " + path)));
        }
        return operations;
    }

    /** {@code "GET /api/meetings/{id}"} for every mapping whose path is under one of the described paths. */
    static Set<String> mappedOperations(Collection<RequestMappingInfo> mappings, List<String> describedPaths) {
        List<PathPattern> described = Stream.concat(Stream.of(API), describedPaths.stream())
                .map(PathPatternParser.defaultInstance::parse).toList();
        Set<String> operations = new TreeSet<>();
        for (RequestMappingInfo mapping : mappings) {
            for (String path : mapping.getPatternValues()) {
                String template = withoutRegex(path);
                if (described.stream().noneMatch(pattern -> pattern.matches(PathContainer.parsePath(template)))) {
                    continue;
                }
                var methods = mapping.getMethodsCondition().getMethods();
                if (methods.isEmpty()) {
                    operations.add("ANY " + template);
                }
                methods.forEach(method -> operations.add(method.name() + " " + template));
            }
        }
        return operations;
    }

    /** The mapped operations the document does not have; {@code ANY} is satisfied by any method. */
    static List<String> undescribed(Set<String> mapped, Set<String> described) {
        return mapped.stream().filter(operation -> operation.startsWith("ANY ")
                ? described.stream().noneMatch(d -> d.endsWith(" " + operation.substring(4)))
                : !described.contains(operation)).toList();
    }

    /** Every 4xx or 5xx response whose body is not a problem+json ProblemDetail. */
    static List<String> errorsWithoutProblem(OpenAPI document) {
        List<String> errors = new ArrayList<>();
        if (document.getPaths() == null) {
            return errors;
        }
        document.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            if (operation.getResponses() == null) {
                return;
            }
            operation.getResponses().forEach((status, response) -> {
                if ((status.startsWith("4") || status.startsWith("5")) && !isProblem(document, response)) {
                    errors.add(method + " " + path + " " + status);
                }
            });
        }));
        return errors;
    }

    private static boolean isProblem(OpenAPI document, ApiResponse response) {
        ApiResponse resolved = response;
        if (response.get$ref() != null && document.getComponents() != null
                && document.getComponents().getResponses() != null) {
            String name = response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1);
            resolved = document.getComponents().getResponses().get(name);
        }
        if (resolved == null || resolved.getContent() == null || resolved.getContent().size() != 1) {
            return false;
        }
        MediaType media = resolved.getContent().get(PROBLEM_JSON);
        return media != null && media.getSchema() != null && PROBLEM_SCHEMA.equals(media.getSchema().get$ref());
    }

    /** {@code /x/{id:\d+}} is described as {@code /x/{id}}. */
    private static String withoutRegex(String path) {
        return path.replaceAll("\\{([^}:]+):[^}]*}", "{$1}");
    }
}
