package org.demarche.dashboard.account;

import org.demarche.platform.security.Role;
import org.demarche.platform.security.ServiceAccessRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The accounts page is an administrator's, as {@code /api/users} is; reading pages is otherwise a lead's right. */
@Component
class AccountPageAccess implements ServiceAccessRules {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/users", "/users/**").hasRole(Role.ADMIN.name());
    }
}
