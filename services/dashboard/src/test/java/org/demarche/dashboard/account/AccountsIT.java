package org.demarche.dashboard.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.demarche.events.Topics;
import org.demarche.events.account.AccountRemoved;
import org.demarche.events.account.AccountSaved;
import org.demarche.testsupport.KafkaTestClient;
import org.demarche.testsupport.RealInfrastructure;
import org.demarche.testsupport.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest(properties = "demarche.admin.email=coalition-admin@coalition.example.org")
@AutoConfigureMockMvc
@RealInfrastructure
class AccountsIT {

    static final RequestPostProcessor ADMIN = httpBasic(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);

    @Autowired
    MockMvc http;

    @Autowired
    KafkaTestClient events;

    @Test
    void anAdministratorGivesACoordinatorAnAccountThatSignsInAndIsAnnouncedAsAHashOnly() throws Exception {
        http.perform(post("/api/users").with(ADMIN).contentType(MediaType.APPLICATION_JSON).content("""
                        {"username": "amina", "password": "a long passphrase 2018", "roles": ["COORDINATOR"]}
                        """))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/users/amina"))
                .andExpect(jsonPath("$.username").value("amina"))
                .andExpect(jsonPath("$.roles[0]").value("COORDINATOR"))
                .andExpect(jsonPath("$.password").doesNotExist());

        http.perform(get("/api/campaigns").with(httpBasic("amina", "a long passphrase 2018"))).andExpect(status().isOk());
        http.perform(get("/api/users").with(httpBasic("amina", "a long passphrase 2018"))).andExpect(status().isForbidden());
        http.perform(get("/api/users").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.username == 'amina')].roles[0]").value("COORDINATOR"))
                .andExpect(jsonPath("$[?(@.username == '" + TestAccounts.ADMIN + "')].configured").value(true));

        var saved = events.awaitEvent(Topics.ACCOUNTS, AccountSaved.class, a -> a.username().equals("amina"),
                Duration.ofSeconds(30));
        assertThat(saved.payload().passwordHash()).startsWith("{bcrypt}").doesNotContain("passphrase");
    }

    @Test
    void aRemovedAccountNoLongerSignsIn() throws Exception {
        http.perform(post("/api/users").with(ADMIN).contentType(MediaType.APPLICATION_JSON).content("""
                {"username": "leaving", "password": "until the end of July", "roles": ["LEAD"]}
                """)).andExpect(status().isCreated());
        http.perform(get("/api/campaigns").with(httpBasic("leaving", "until the end of July"))).andExpect(status().isOk());

        http.perform(delete("/api/users/leaving").with(ADMIN)).andExpect(status().isNoContent());

        http.perform(get("/api/campaigns").with(httpBasic("leaving", "until the end of July")))
                .andExpect(status().isUnauthorized());
        events.awaitEvent(Topics.ACCOUNTS, AccountRemoved.class, a -> a.username().equals("leaving"), Duration.ofSeconds(30));
        http.perform(delete("/api/users/leaving").with(ADMIN)).andExpect(status().isNotFound());
    }

    @Test
    void refusesBadAccountsNamingEveryField() throws Exception {
        http.perform(post("/api/users").with(ADMIN).contentType(MediaType.APPLICATION_JSON).content("""
                        {"username": "a b", "password": "short", "roles": ["LEAD", "OWNER"]}
                        """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("username"))
                .andExpect(jsonPath("$.errors[1].field").value("password"))
                .andExpect(jsonPath("$.errors[2].field").value("roles[1]"));
    }

    @Test
    void aCoordinatorsEmailIsKeptShownAndAnnouncedWithTheAccount() throws Exception {
        create("""
                {"username": "rasul", "password": "a long passphrase 2018", "roles": ["COORDINATOR"],
                 "email": " rasul.j@coalition.example.org "}
                """)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.email").value("rasul.j@coalition.example.org"));

        http.perform(get("/api/users/rasul").with(ADMIN)).andExpect(jsonPath("$.email").value("rasul.j@coalition.example.org"));
        http.perform(get("/api/users").with(ADMIN))
                .andExpect(jsonPath("$[?(@.username == 'rasul')].email").value("rasul.j@coalition.example.org"))
                .andExpect(jsonPath("$[?(@.username == '" + TestAccounts.ADMIN + "')].email")
                        .value("coalition-admin@coalition.example.org"));
        var saved = events.awaitEvent(Topics.ACCOUNTS, AccountSaved.class, a -> a.username().equals("rasul"),
                Duration.ofSeconds(30));
        assertThat(saved.payload().email()).isEqualTo("rasul.j@coalition.example.org");
    }

    @Test
    void anAdministratorChangesAnAddressWithoutKnowingThePasswordAndCanRemoveIt() throws Exception {
        create("""
                {"username": "leyla", "password": "her own passphrase", "roles": ["COORDINATOR"]}
                """).andExpect(status().isCreated()).andExpect(jsonPath("$.email").doesNotExist());

        change("leyla", "{\"email\": \"leyla@coalition.example.org\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value("leyla@coalition.example.org"))
                .andExpect(jsonPath("$.roles[0]").value("COORDINATOR"));
        events.awaitEvent(Topics.ACCOUNTS, AccountSaved.class,
                a -> a.username().equals("leyla") && "leyla@coalition.example.org".equals(a.email()), Duration.ofSeconds(30));
        // the password stays as it was
        http.perform(get("/api/campaigns").with(httpBasic("leyla", "her own passphrase"))).andExpect(status().isOk());

        change("leyla", "{\"email\": \"\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").doesNotExist());
        http.perform(get("/api/users/leyla").with(ADMIN)).andExpect(jsonPath("$.email").doesNotExist());
    }

    @Test
    void refusesAnAddressNobodyCouldWriteToNamingTheField() throws Exception {
        create("""
                {"username": "noor", "password": "a long passphrase 2018", "roles": ["LEAD"],
                 "email": "noor at coalition"}
                """)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("email"));
        http.perform(get("/api/users/noor").with(ADMIN)).andExpect(status().isNotFound());

        create("""
                {"username": "noor", "password": "a long passphrase 2018", "roles": ["LEAD"]}
                """).andExpect(status().isCreated());
        change("noor", "{\"email\": \"Noor <noor@coalition.example.org>\", \"roles\": []}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("roles"))
                .andExpect(jsonPath("$.errors[1].field").value("email"));
        change("nobody-here", "{\"email\": \"x@coalition.example.org\"}").andExpect(status().isNotFound());
        change(TestAccounts.ADMIN, "{\"email\": \"x@coalition.example.org\"}").andExpect(status().isConflict());
    }

    @Test
    void theConfiguredAdministratorCannotBeCreatedAgainNorRemovedThroughTheApi() throws Exception {
        http.perform(post("/api/users").with(ADMIN).contentType(MediaType.APPLICATION_JSON).content("""
                {"username": "%s", "password": "another password", "roles": ["LEAD"]}
                """.formatted(TestAccounts.ADMIN))).andExpect(status().isConflict());
        http.perform(delete("/api/users/" + TestAccounts.ADMIN).with(ADMIN)).andExpect(status().isConflict());
    }

    private ResultActions create(String account) throws Exception {
        return http.perform(post("/api/users").with(ADMIN).contentType(MediaType.APPLICATION_JSON).content(account));
    }

    private ResultActions change(String username, String change) throws Exception {
        return http.perform(put("/api/users/" + username).with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                .content(change));
    }
}
