package org.demarche.outreach.signon;

import java.util.List;

import org.demarche.platform.security.Role;
import org.demarche.platform.security.ServiceAccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Partners have no accounts: the signed token in the link is their key, so their pages are open
 * (and take no CSRF token, which a mail client's one-click unsubscribe could not send). Revoking a
 * link sits under the same path but is a coordinator's act.
 */
@Component
class PartnerLinksAccess implements ServiceAccessRules {

    @Override
    public List<String> openPaths() {
        return List.of("/sign/**", "/sign-on/**", "/api/sign-on/*", "/opt-out/**");
    }

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.POST, "/api/sign-on/revocations").hasRole(Role.COORDINATOR.name());
    }
}
