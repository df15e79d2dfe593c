package org.demarche.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import jakarta.servlet.http.Cookie;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.demarche.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * With a shared cookie secret, signing in on one service opens the pages of all: what one service
 * writes after the sign-in form, a request with no session at all (another service, as far as
 * this one can tell) accepts — and nothing forged, expired or belonging to a removed account.
 */
@SpringBootTest(properties = {"spring.application.name=platform-sso-test",
        "demarche.login.cookie-secret=" + SingleSignOnIT.SECRET})
@AutoConfigureMockMvc
@RealInfrastructure
class SingleSignOnIT {

    static final String SECRET = "a secret every service of the test shares";

    @Autowired
    MockMvc http;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void oneSignInOpensThePagesWithoutASessionAndSigningOutEndsIt() throws Exception {
        accounts.save(new StoredAccount("amina", encoder.encode("coordinates-2018"), List.of("COORDINATOR")));

        var signIn = http.perform(post("/login").with(csrf()).param("username", "amina")
                        .param("password", "coordinates-2018"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse();
        Cookie cookie = signIn.getCookie(SignedInCookie.NAME);
        assertThat(cookie).isNotNull();
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(signIn.getHeaders("Set-Cookie")).anySatisfy(header ->
                assertThat(header).startsWith(SignedInCookie.NAME + "=").contains("SameSite=Lax").contains("Path=/"));

        http.perform(get("/page").cookie(cookie)).andExpect(status().isOk());
        http.perform(post("/page").cookie(cookie).with(csrf())).andExpect(status().isOk());

        var signOut = http.perform(post("/logout").cookie(cookie).with(csrf()).header("Accept", "text/html"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse();
        assertThat(signOut.getCookie(SignedInCookie.NAME)).isNotNull();
        assertThat(signOut.getCookie(SignedInCookie.NAME).getMaxAge()).as("the cookie is removed").isZero();
    }

    @Test
    void refusesAForgedAnExpiredAndARemovedAccountsCookie() throws Exception {
        accounts.save(new StoredAccount("leaving", encoder.encode("until-the-end"), List.of("LEAD")));

        http.perform(get("/page").cookie(cookie("leaving", "a guess at the secret, long enough....", Instant.parse("2999-01-01T00:00:00Z"))))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        http.perform(get("/page").cookie(cookie("leaving", SECRET, Instant.parse("2018-07-20T09:00:00Z"))))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        Cookie valid = cookie("leaving", SECRET, Instant.parse("2999-01-01T00:00:00Z"));
        http.perform(get("/page").cookie(valid)).andExpect(status().isOk());

        accounts.remove("leaving");

        http.perform(get("/page").cookie(valid)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    private static Cookie cookie(String username, String secret, Instant expires) throws Exception {
        var claims = new JWTClaimsSet.Builder().subject(username).claim("roles", List.of("ROLE_LEAD"))
                .claim("src", "account").issueTime(Date.from(Instant.parse("2018-07-01T00:00:00Z")))
                .expirationTime(Date.from(expires)).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        return new Cookie(SignedInCookie.NAME, jwt.serialize());
    }
}
