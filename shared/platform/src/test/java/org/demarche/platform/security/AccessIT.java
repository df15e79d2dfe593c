package org.demarche.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.demarche.events.account.AccountRemoved;
import org.demarche.events.account.AccountSaved;
import org.demarche.platform.outbox.Outbox;
import org.demarche.platform.page.PageLanguages;
import org.demarche.testsupport.RealInfrastructure;
import org.demarche.testsupport.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.awaitility.Awaitility.await;

@SpringBootTest(properties = {"spring.application.name=platform-access-test", "demarche.login.max-failures=3",
        "demarche.admin.email=Coalition.Admin@coalition.example.org"})
@AutoConfigureMockMvc
@RealInfrastructure
class AccessIT {

    @Autowired
    MockMvc http;

    @Autowired
    Outbox outbox;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    DemarcheUsers users;

    @Test
    void anonymousCallsToTheApiGet401AsProblemDetailsNamingHttpBasic() throws Exception {
        http.perform(get("/api/things"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic realm=")))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.type").value("https://demarche.org/problems/unauthorized"))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.instance").value("/api/things"));
    }

    @Test
    void theConfiguredAdministratorReadsAndChangesWithHttpBasicAndNoCsrfToken() throws Exception {
        http.perform(get("/api/things").with(httpBasic(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reader").value(TestAccounts.ADMIN));
        http.perform(post("/api/things").with(httpBasic(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.changer").value(TestAccounts.ADMIN));
        http.perform(get("/api/things").with(httpBasic(TestAccounts.ADMIN, "wrong")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anAccountArrivesAndLeavesThroughItsEvents() throws Exception {
        String hash = encoder.encode("leads-watch-2018");
        transactions.executeWithoutResult(s -> outbox.publish(new AccountSaved("lena", hash, List.of("LEAD"))));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                http.perform(get("/api/things").with(httpBasic("lena", "leads-watch-2018"))).andExpect(status().isOk()));
        http.perform(post("/api/things").with(httpBasic("lena", "leads-watch-2018")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.type").value("https://demarche.org/problems/forbidden"))
                .andExpect(jsonPath("$.status").value(403));

        transactions.executeWithoutResult(s -> outbox.publish(new AccountRemoved("lena")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                http.perform(get("/api/things").with(httpBasic("lena", "leads-watch-2018")))
                        .andExpect(status().isUnauthorized()));
    }

    @Test
    void anAccountsEmailIsCopiedFromItsEventsAndASavedAccountWithoutOneLosesIt() {
        String hash = encoder.encode("coordinates-2018");
        transactions.executeWithoutResult(s -> outbox.publish(
                new AccountSaved("noor", hash, List.of("COORDINATOR"), "noor@coalition.example.org")));
        await().atMost(Duration.ofSeconds(30)).until(() -> users.emailOf("noor").isPresent());
        assertThat(accounts.find("noor").orElseThrow().email()).isEqualTo("noor@coalition.example.org");

        transactions.executeWithoutResult(s -> outbox.publish(new AccountSaved("noor", hash, List.of("COORDINATOR"))));
        await().atMost(Duration.ofSeconds(30)).until(() -> users.emailOf("noor").isEmpty());
        assertThat(accounts.find("noor")).as("the account stays, without an address").isPresent();
    }

    @Test
    void theConfiguredAdministratorsEmailComesFromTheConfiguration() {
        assertThat(users.emailOf(TestAccounts.ADMIN)).contains("Coalition.Admin@coalition.example.org");
        assertThat(users.emailOf("nobody-of-that-name")).isEmpty();
    }

    @Test
    void someoneSignedInThroughAProviderIsReachedAtTheAddressTheProviderGivesWhenTheyHaveNoAccountHere() {
        Jwt token = Jwt.withTokenValue("token").header("alg", "RS256").subject("5f3c")
                .claim("email", "amina@coalition.example.org").build();
        Jwt unreadable = Jwt.withTokenValue("token").header("alg", "RS256").subject("5f3d")
                .claim("email", "amina at coalition").build();

        assertThat(users.emailOf(new JwtAuthenticationToken(token, List.of(), "amina.k")))
                .contains("amina@coalition.example.org");
        assertThat(users.emailOf(new JwtAuthenticationToken(unreadable, List.of(), "amina.k"))).isEmpty();
    }

    @Test
    void aCoordinatorChangesWhatALeadMayOnlyRead() throws Exception {
        accounts.save(new StoredAccount("cora", encoder.encode("coordinates-2018"), List.of("COORDINATOR")));

        http.perform(post("/api/things").with(httpBasic("cora", "coordinates-2018")))
                .andExpect(status().isOk());
        http.perform(get("/api/users").with(httpBasic("cora", "coordinates-2018")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aLeadSendingAPageFormGetsAPageSayingWhyInTheirLanguage() throws Exception {
        accounts.save(new StoredAccount("lucie", encoder.encode("regarde seulement"), List.of("LEAD")));

        http.perform(post("/page").with(httpBasic("lucie", "regarde seulement")).with(csrf())
                        .header("Accept-Language", "fr-FR,fr;q=0.9"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Action non autorisée")));
    }

    @Test
    void theSignInAndRefusalPagesSpeakTheLanguageChosenOnAnyServicesPage() throws Exception {
        accounts.save(new StoredAccount("luc", encoder.encode("regarde seulement"), List.of("LEAD")));
        Cookie french = new Cookie(PageLanguages.COOKIE, "fr");

        http.perform(get("/login").cookie(french).header("Accept-Language", "en"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<html lang=\"fr\">")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/demarche/site.css")));
        http.perform(get("/login").param("lang", "fr").header("Accept-Language", "en"))
                .andExpect(cookie().value(PageLanguages.COOKIE, "fr"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Se connecter à Démarche")));
        http.perform(post("/page").with(httpBasic("luc", "regarde seulement")).with(csrf()).cookie(french)
                        .header("Accept-Language", "en"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Action non autorisée")));
        http.perform(get("/demarche/site.css")).andExpect(status().isOk());
    }

    @Test
    void anUnknownNameIsNotCountedSoItsAccountCanArriveLater() throws Exception {
        for (int attempt = 0; attempt < 5; attempt++) {
            http.perform(get("/api/things").with(httpBasic("newcomer", "not yet"))).andExpect(status().isUnauthorized());
        }
        accounts.save(new StoredAccount("newcomer", encoder.encode("now it exists"), List.of("LEAD")));

        http.perform(get("/api/things").with(httpBasic("newcomer", "now it exists"))).andExpect(status().isOk());
    }

    @Test
    void locksAnAccountAfterRepeatedWrongPasswordsEvenAgainstTheRightOne() throws Exception {
        accounts.save(new StoredAccount("guessed", encoder.encode("the-right-one"), List.of("LEAD")));

        for (int attempt = 0; attempt < 3; attempt++) {
            http.perform(get("/api/things").with(httpBasic("guessed", "wrong-" + attempt)))
                    .andExpect(status().isUnauthorized());
        }

        http.perform(get("/api/things").with(httpBasic("guessed", "the-right-one")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void pagesSendStrangersToTheSignInFormAndChangeTheSessionIdAfterSignIn() throws Exception {
        http.perform(get("/page")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        http.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"_csrf\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<label for=\"password\">Password</label>")));
        http.perform(get("/login").header("Accept-Language", "fr-FR,fr;q=0.9")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<html lang=\"fr\">")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Se connecter à Démarche")));
        http.perform(post("/login").with(csrf()).param("username", TestAccounts.ADMIN).param("password", "wrong"))
                .andExpect(redirectedUrl("/login?error"));
        http.perform(get("/login").param("error", "")).andExpect(content().string(
                org.hamcrest.Matchers.containsString("id=\"sign-in-error\"")));

        MockHttpSession before = new MockHttpSession();
        String idBefore = before.getId();
        var signedIn = http.perform(post("/login").session(before).with(csrf())
                        .param("username", TestAccounts.ADMIN).param("password", TestAccounts.ADMIN_PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession(false);
        assertThat(session).isNotNull();
        assertThat(session.getId()).isNotEqualTo(idBefore);

        http.perform(get("/page").session(session)).andExpect(status().isOk());
        http.perform(post("/page").session(session)).andExpect(status().isForbidden());
        http.perform(post("/page").session(session).with(csrf())).andExpect(status().isOk());
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        for (String path : List.of("/login", "/page", "/api/things")) {
            http.perform(get(path))
                    .andExpect(header().string("Content-Security-Policy", AccessAutoConfiguration.CONTENT_SECURITY_POLICY))
                    .andExpect(header().string("X-Frame-Options", "DENY"))
                    .andExpect(header().string("Referrer-Policy", "no-referrer"))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        }
    }
}
