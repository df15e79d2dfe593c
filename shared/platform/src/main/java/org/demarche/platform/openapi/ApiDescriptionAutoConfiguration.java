package org.demarche.platform.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.demarche.platform.security.SignedInCookie;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;

/**
 * The parts of each service's OpenAPI description that are the same in all four: what the API is,
 * how callers sign in ({@link SignInSchemes}) and how it answers errors ({@link ProblemDetailResponses}).
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(OpenApiCustomizer.class)
public class ApiDescriptionAutoConfiguration {

    /** The contract's version: API.md's names and shapes; fields are added, nothing renamed. */
    static final String CONTRACT_VERSION = "1";

    @Bean
    OpenAPI demarcheApiDescription(Environment environment) {
        String service = environment.getProperty("spring.application.name", "service");
        return new OpenAPI().info(new Info()
                .title("Démarche " + service)
                .version(CONTRACT_VERSION)
                .description("The " + service + " service's calls for scripts and the pages' own reads. Errors are "
                        + "RFC 9457 problem details. Leads read, coordinators change, administrators manage "
                        + "accounts; an anonymous call to /api/** gets 401, except those marked open."));
    }

    @Bean
    OpenApiCustomizer demarcheSignInSchemes(Environment environment,
                                            ObjectProvider<WebInvocationPrivilegeEvaluator> security,
                                            ObjectProvider<SignedInCookie> sharedCookie,
                                            ObjectProvider<JwtDecoder> bearerTokens) {
        // the same conditions AccessAutoConfiguration reads: what is described is what is accepted
        String issuer = bearerTokens.getIfAvailable() == null ? null
                : environment.getProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri");
        var accepted = new SignInSchemes.Accepted(
                environment.getProperty("server.servlet.session.cookie.name", "JSESSIONID"),
                sharedCookie.getIfAvailable() != null, issuer);
        return new SignInSchemes(accepted, new AnonymousAccess(security.getIfAvailable()));
    }

    @Bean
    OpenApiCustomizer demarcheProblemDetailResponses(ObjectProvider<WebInvocationPrivilegeEvaluator> security) {
        return new ProblemDetailResponses(new AnonymousAccess(security.getIfAvailable()));
    }
}
