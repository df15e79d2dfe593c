package org.demarche.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.demarche.platform.web.FieldProblem;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;

/** What the description says about signing in and errors, for the settings no service test runs with. */
class ApiDescriptionCustomizersTest {

    /** A partner's token call is open; everything else needs a role. */
    static final AnonymousAccess PARTNER_LINKS_OPEN = new AnonymousAccess(new WebInvocationPrivilegeEvaluator() {
        @Override
        public boolean isAllowed(String uri, Authentication authentication) {
            return isAllowed("", uri, "GET", authentication);
        }

        @Override
        public boolean isAllowed(String contextPath, String uri, String method, Authentication authentication) {
            return uri.equals("/api/sign-on/x");
        }
    });

    @Test
    void describesTheSharedCookieAndTheProvidersTokensWhenTheServiceAcceptsThem() {
        OpenAPI document = twoCalls();
        var accepted = new SignInSchemes.Accepted("DEMARCHE_OUTREACH_SESSION", true,
                "https://sso.example.org/realms/demarche/");

        new SignInSchemes(accepted, PARTNER_LINKS_OPEN).customise(document);

        var schemes = document.getComponents().getSecuritySchemes();
        assertThat(schemes).containsOnlyKeys("basic", "session", "signedIn", "oidc");
        assertThat(schemes.get("session").getName()).isEqualTo("DEMARCHE_OUTREACH_SESSION");
        assertThat(schemes.get("session").getIn()).isEqualTo(SecurityScheme.In.COOKIE);
        assertThat(schemes.get("signedIn").getName()).isEqualTo("DEMARCHE_SIGNED_IN");
        assertThat(schemes.get("oidc").getOpenIdConnectUrl())
                .isEqualTo("https://sso.example.org/realms/demarche/.well-known/openid-configuration");
        assertThat(document.getSecurity()).extracting(requirement -> requirement.keySet().iterator().next())
                .containsExactly("basic", "session", "signedIn", "oidc");
        assertThat(document.getPaths().get("/api/sign-on/{token}").getGet().getSecurity()).isEmpty();
        assertThat(document.getPaths().get("/api/sign-on/revocations").getPost().getSecurity()).isNull();
    }

    @Test
    void describesOnlyBasicAndTheSessionByDefault() {
        OpenAPI document = twoCalls();

        new SignInSchemes(new SignInSchemes.Accepted("DEMARCHE_INTAKE_SESSION", false, null), PARTNER_LINKS_OPEN)
                .customise(document);

        assertThat(document.getComponents().getSecuritySchemes()).containsOnlyKeys("basic", "session");
        assertThat(document.getSecurity()).containsExactly(new SecurityRequirement().addList("basic"),
                new SecurityRequirement().addList("session"));
    }

    @Test
    void givesEachCallTheProblemAnswersItCanGive() {
        OpenAPI document = twoCalls();

        new ProblemDetailResponses(PARTNER_LINKS_OPEN).customise(document);

        ApiResponses open = document.getPaths().get("/api/sign-on/{token}").getGet().getResponses();
        assertThat(open).containsOnlyKeys("200", "400", "404", "410", "503");
        ApiResponses revoke = document.getPaths().get("/api/sign-on/revocations").getPost().getResponses();
        assertThat(revoke).containsOnlyKeys("201", "400", "401", "403", "503");
        assertThat(revoke.get("401").get$ref()).isEqualTo("#/components/responses/Unauthorized");
        // a status the controller declared gets the problem body, its own description kept
        ApiResponse gone = open.get("410");
        assertThat(gone.getDescription()).isEqualTo("the link was revoked");
        assertThat(gone.getContent()).containsOnlyKeys("application/problem+json");
        assertThat(gone.getContent().get("application/problem+json").getSchema().get$ref())
                .isEqualTo("#/components/schemas/ProblemDetail");
    }

    @Test
    void describesEveryFieldOfAFieldProblem() {
        var components = Arrays.stream(FieldProblem.class.getRecordComponents()).map(c -> c.getName()).toList();

        assertThat(ProblemDetailResponses.fieldProblemSchema().getProperties()).containsOnlyKeys(components);
        assertThat(ProblemDetailResponses.problemSchema().getProperties()).containsKey("errors");
    }

    private static OpenAPI twoCalls() {
        var read = new Operation().addParametersItem(new io.swagger.v3.oas.models.parameters.PathParameter().name("token"))
                .responses(new ApiResponses().addApiResponse("200", new ApiResponse().description("the invitation"))
                        .addApiResponse("410", new ApiResponse().description("the link was revoked")
                                .content(new Content().addMediaType("*/*", new MediaType()))));
        var revoke = new Operation().requestBody(new RequestBody().content(new Content()))
                .responses(new ApiResponses().addApiResponse("201", new ApiResponse().description("revoked")));
        return new OpenAPI().paths(new Paths()
                .addPathItem("/api/sign-on/{token}", new PathItem().get(read))
                .addPathItem("/api/sign-on/revocations", new PathItem().post(revoke)));
    }
}
