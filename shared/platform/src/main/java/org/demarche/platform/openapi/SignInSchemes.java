package org.demarche.platform.openapi;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.demarche.platform.security.SignedInCookie;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * The ways a caller proves who they are, as the service's security actually accepts them: HTTP Basic
 * with a Démarche account, the service's session cookie after signing in on its {@code /login} page,
 * the signed cookie every service shares when {@code demarche.login.cookie-secret} is set, and the
 * OpenID Connect provider's access tokens when an issuer is configured. Any one of them will do; the
 * paths open to anyone say so with an empty requirement.
 */
final class SignInSchemes implements OpenApiCustomizer {

    static final String BASIC = "basic";
    static final String SESSION = "session";
    static final String SIGNED_IN = "signedIn";
    static final String OIDC = "oidc";

    /**
     * @param sessionCookie the service's {@code server.servlet.session.cookie.name}
     * @param sharedCookie  whether the cookie shared by every service is accepted
     * @param oidcIssuer    the provider whose bearer tokens are accepted, or {@code null}
     */
    record Accepted(String sessionCookie, boolean sharedCookie, String oidcIssuer) {
    }

    private final Accepted accepted;
    private final AnonymousAccess open;

    SignInSchemes(Accepted accepted, AnonymousAccess open) {
        this.accepted = accepted;
        this.open = open;
    }

    @Override
    public void customise(OpenAPI openApi) {
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.setComponents(components);
        List<SecurityRequirement> anyOf = new ArrayList<>();

        components.addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                .description("A Démarche account: the administrator's (DEMARCHE_ADMIN_USER, DEMARCHE_ADMIN_PASSWORD) "
                        + "or one an administrator made with POST /api/users on the dashboard. Leads read, "
                        + "coordinators change, administrators manage accounts and dead letters."));
        anyOf.add(new SecurityRequirement().addList(BASIC));

        components.addSecuritySchemes(SESSION, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.COOKIE).name(accepted.sessionCookie())
                .description("This service's session, after signing in on its /login page (a Démarche account, "
                        + "or the OpenID Connect provider when one is configured). The pages' own reads use it."));
        anyOf.add(new SecurityRequirement().addList(SESSION));

        if (accepted.sharedCookie()) {
            components.addSecuritySchemes(SIGNED_IN, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                    .in(SecurityScheme.In.COOKIE).name(SignedInCookie.NAME)
                    .description("One sign-in for every service on the host: signed with demarche.login.cookie-secret."));
            anyOf.add(new SecurityRequirement().addList(SIGNED_IN));
        }
        if (accepted.oidcIssuer() != null) {
            components.addSecuritySchemes(OIDC, new SecurityScheme().type(SecurityScheme.Type.OPENIDCONNECT)
                    .openIdConnectUrl(stripSlash(accepted.oidcIssuer()) + "/.well-known/openid-configuration")
                    .description("The provider's access tokens (Authorization: Bearer ...); roles from the claim "
                            + "named by demarche.oidc.roles-claim."));
            anyOf.add(new SecurityRequirement().addList(OIDC));
        }

        openApi.setSecurity(anyOf);
        if (openApi.getPaths() != null) {
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                if (open.isOpen(path, method)) {
                    operation.setSecurity(List.of());
                }
            }));
        }
    }

    private static String stripSlash(String uri) {
        return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }
}
