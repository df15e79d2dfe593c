package org.demarche.platform.openapi;

import io.swagger.v3.oas.models.PathItem;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;

/**
 * Which described calls anyone may make without signing in, as the service's own security rules
 * answer it (asked, not repeated here): a partner's {@code GET /api/sign-on/{token}} is open, a
 * coordinator's {@code POST /api/sign-on/revocations} beside it is not.
 */
final class AnonymousAccess {

    private static final Authentication NOBODY = new AnonymousAuthenticationToken("api-description", "anonymous",
            AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

    private final WebInvocationPrivilegeEvaluator security;

    AnonymousAccess(WebInvocationPrivilegeEvaluator security) {
        this.security = security;
    }

    /**
     * @param template a path as the document names it, e.g. {@code /calendar/{token}.ics}; each variable
     *                 is asked about as one plain segment
     */
    boolean isOpen(String template, PathItem.HttpMethod method) {
        String path = template.replaceAll("\\{[^}]+}", "x");
        return security != null && security.isAllowed("", path, method.name(), NOBODY);
    }

}
