package org.demarche.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How roles are read from an OpenID Connect provider's tokens ({@code demarche.oidc.*}).
 *
 * @param rolesClaim the claim holding the roles, a dotted path into nested claims: {@code roles}
 *                   by default, {@code realm_access.roles} for Keycloak's realm roles
 */
@ConfigurationProperties("demarche.oidc")
public record OidcProperties(@DefaultValue("roles") String rolesClaim) {
}
