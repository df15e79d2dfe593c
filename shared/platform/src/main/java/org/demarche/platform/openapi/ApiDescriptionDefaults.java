package org.demarche.platform.openapi;

import java.util.Map;

import org.demarche.platform.LowestPrecedenceDefaults;

/**
 * How every service's OpenAPI description is generated, as settings of lowest precedence: a service's
 * {@code application.yml} adds the machine endpoints it has beside {@code /api/**}.
 */
public class ApiDescriptionDefaults extends LowestPrecedenceDefaults {

    static final String SOURCE_NAME = "demarchePlatformApiDescriptionDefaults";

    static final Map<String, Object> DEFAULTS = Map.of(
            // on in every environment, on purpose: it describes the calls, each call still asks for its role
            "springdoc.api-docs.enabled", "true",
            "springdoc.api-docs.version", "openapi_3_1",
            // the calls scripts make; pages and their form posts are for browsers, not described
            "springdoc.paths-to-match", "/api/**",
            // errors are described once, by ProblemDetailResponses, not guessed from each advice
            "springdoc.override-with-generic-response", "false",
            "springdoc.default-produces-media-type", "application/json",
            "springdoc.swagger-ui.path", "/swagger-ui.html");

    public ApiDescriptionDefaults() {
        super(SOURCE_NAME, DEFAULTS);
    }
}
