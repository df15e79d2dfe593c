package org.demarche.platform.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.demarche.testsupport.RealInfrastructure;
import org.demarche.testsupport.TestAccounts;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An OpenID Connect provider plugged in by configuration only, as docs/security.md shows for Keycloak:
 * the sign-in page offers it, its authorization endpoint gets the browser, and its bearer tokens'
 * roles are Démarche's roles. No provider runs here: the browser hand-off is checked up to the
 * redirect, and tokens are signed with a key the test's decoder knows (in production the decoder
 * comes from {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}).
 */
@SpringBootTest(properties = {
        "spring.application.name=platform-oidc-test",
        "demarche.oidc.roles-claim=realm_access.roles",
        "spring.security.oauth2.client.registration.keycloak.client-id=demarche",
        "spring.security.oauth2.client.registration.keycloak.client-secret=not-a-secret",
        "spring.security.oauth2.client.registration.keycloak.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.keycloak.scope=openid,profile",
        "spring.security.oauth2.client.registration.keycloak.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.provider.keycloak.authorization-uri=https://sso.example.org/realms/demarche/protocol/openid-connect/auth",
        "spring.security.oauth2.client.provider.keycloak.token-uri=https://sso.example.org/realms/demarche/protocol/openid-connect/token",
        "spring.security.oauth2.client.provider.keycloak.jwk-set-uri=https://sso.example.org/realms/demarche/protocol/openid-connect/certs",
        "spring.security.oauth2.client.provider.keycloak.user-name-attribute=preferred_username"})
@AutoConfigureMockMvc
@RealInfrastructure
class OpenIdConnectIT {

    static final byte[] KEY = "a test key of at least thirty-two bytes".getBytes(StandardCharsets.UTF_8);

    @TestConfiguration
    static class ProviderKeys {

        @Bean
        JwtDecoder providerTokens() {
            SecretKey key = new SecretKeySpec(KEY, "HmacSHA256");
            return NimbusJwtDecoder.withSecretKey(key).build();
        }
    }

    @Autowired
    MockMvc http;

    @Test
    void theSignInPageOffersTheProviderAndSendsTheBrowserToIt() throws Exception {
        http.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/oauth2/authorization/keycloak")))
                .andExpect(content().string(Matchers.containsString("name=\"username\"")));

        http.perform(get("/oauth2/authorization/keycloak"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", Matchers.allOf(
                        Matchers.startsWith("https://sso.example.org/realms/demarche/protocol/openid-connect/auth?"),
                        Matchers.containsString("client_id=demarche"),
                        Matchers.containsString("response_type=code"))));
    }

    @Test
    void theProvidersBearerTokensCarryTheirRolesAndHttpBasicStillWorks() throws Exception {
        String lead = token("lena", List.of("lead", "offline_access"));

        http.perform(get("/api/things").header("Authorization", "Bearer " + lead))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reader").value("lena"));
        http.perform(post("/api/things").header("Authorization", "Bearer " + lead))
                .andExpect(status().isForbidden());
        http.perform(post("/api/things").header("Authorization", "Bearer " + token("amina", List.of("coordinator"))))
                .andExpect(status().isOk());
        http.perform(get("/api/things").header("Authorization", "Bearer not-a-token"))
                .andExpect(status().isUnauthorized());
        http.perform(get("/api/things").with(httpBasic(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD)))
                .andExpect(status().isOk());
    }

    private static String token(String username, List<String> roles) throws Exception {
        var claims = new JWTClaimsSet.Builder()
                .subject(username)
                .claim("preferred_username", username)
                .claim("realm_access", java.util.Map.of("roles", roles))
                .issueTime(java.util.Date.from(Instant.parse("2018-07-01T00:00:00Z")))
                .expirationTime(java.util.Date.from(Instant.parse("2999-01-01T00:00:00Z")))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(KEY));
        return jwt.serialize();
    }
}
