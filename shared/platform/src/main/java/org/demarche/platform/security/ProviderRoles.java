package org.demarche.platform.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.core.user.OAuth2UserAuthority;

/**
 * Turns the roles an OpenID Connect provider puts in its tokens into Démarche's roles. Values are
 * matched without regard to case ({@code coordinator} is COORDINATOR); anything else the provider
 * says (its own roles, scopes) grants nothing here.
 */
public final class ProviderRoles implements GrantedAuthoritiesMapper {

    private final String[] claimPath;

    public ProviderRoles(OidcProperties properties) {
        this.claimPath = properties.rolesClaim().split("\\.");
    }

    /** Démarche's roles named under the configured claim, as {@code ROLE_*} authorities. */
    public Collection<GrantedAuthority> fromClaims(Map<String, Object> claims) {
        Object value = claims;
        for (String step : claimPath) {
            value = value instanceof Map<?, ?> map ? map.get(step) : null;
        }
        Collection<?> names = value instanceof Collection<?> collection ? collection
                : value instanceof String text ? List.of(text.split("[ ,]+")) : List.of();
        Set<GrantedAuthority> roles = new LinkedHashSet<>();
        for (Object name : names) {
            String role = String.valueOf(name).trim().toUpperCase(Locale.ROOT);
            if (Role.isRole(role)) {
                roles.add(new SimpleGrantedAuthority("ROLE_" + role));
            }
        }
        return new ArrayList<>(roles);
    }

    @Override
    public Collection<? extends GrantedAuthority> mapAuthorities(Collection<? extends GrantedAuthority> authorities) {
        Set<GrantedAuthority> mapped = new LinkedHashSet<>();
        for (GrantedAuthority authority : authorities) {
            if (authority instanceof OidcUserAuthority oidc) {
                mapped.addAll(fromClaims(oidc.getIdToken().getClaims()));
                if (oidc.getUserInfo() != null) {
                    mapped.addAll(fromClaims(oidc.getUserInfo().getClaims()));
                }
            } else if (authority instanceof OAuth2UserAuthority oauth2) {
                mapped.addAll(fromClaims(oauth2.getAttributes()));
            }
        }
        return mapped;
    }
}
