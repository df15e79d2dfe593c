package org.demarche.platform.security;

import java.util.List;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's exceptions to the common rules (read: LEAD, change: COORDINATOR, accounts: ADMIN).
 * Declared as a bean by the service; its rules are checked before the common ones.
 */
public interface ServiceAccessRules {

    /**
     * Paths anyone may use, without a session or a CSRF token: pages whose signed token in the
     * path is the visitor's only key (partners' sign-on pages, calendar feeds).
     */
    default List<String> openPaths() {
        return List.of();
    }

    /** Rules more specific than the open paths and the common rules, e.g. a write a LEAD may make. */
    default void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
    }
}
