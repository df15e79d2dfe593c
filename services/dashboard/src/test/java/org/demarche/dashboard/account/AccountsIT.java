package org.demarche.dashboard.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
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
    void theConfiguredAdministratorCannotBeCreatedAgainNorRemovedThroughTheApi() throws Exception {
        http.perform(post("/api/users").with(ADMIN).contentType(MediaType.APPLICATION_JSON).content("""
                {"username": "%s", "password": "another password", "roles": ["LEAD"]}
                """.formatted(TestAccounts.ADMIN))).andExpect(status().isConflict());
        http.perform(delete("/api/users/" + TestAccounts.ADMIN).with(ADMIN)).andExpect(status().isConflict());
    }
}
