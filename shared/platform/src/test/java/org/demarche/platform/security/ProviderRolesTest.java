package org.demarche.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;

class ProviderRolesTest {

    @Test
    void readsKeycloaksRealmRolesFromANestedClaimIgnoringItsOwnRoles() {
        var roles = new ProviderRoles(new OidcProperties("realm_access.roles"));

        var granted = roles.fromClaims(Map.of("preferred_username", "amina",
                "realm_access", Map.of("roles", List.of("offline_access", "coordinator", "uma_authorization"))));

        assertThat(granted).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_COORDINATOR");
    }

    @Test
    void readsAFlatClaimAsAListOrASpaceSeparatedString() {
        var roles = new ProviderRoles(new OidcProperties("roles"));

        assertThat(roles.fromClaims(Map.of("roles", List.of("LEAD", "Admin"))))
                .extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_LEAD", "ROLE_ADMIN");
        assertThat(roles.fromClaims(Map.of("roles", "lead coordinator")))
                .extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_LEAD", "ROLE_COORDINATOR");
    }

    @Test
    void grantsNothingWhenTheClaimIsMissing() {
        var roles = new ProviderRoles(new OidcProperties("realm_access.roles"));

        assertThat(roles.fromClaims(Map.of("sub", "someone"))).isEmpty();
        assertThat(roles.fromClaims(Map.of("realm_access", "not a map"))).isEmpty();
    }
}
