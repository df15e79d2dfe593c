package org.demarche.dashboard.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import jakarta.servlet.http.Cookie;

import org.demarche.platform.page.PageLanguages;
import org.demarche.testsupport.SignedIn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The accounts page alone, with the service's own rule that it is an administrator's ({@link AccountPageAccess}). */
@WebMvcTest(AccountPageController.class)
@Import(AccountPageAccess.class)
class AccountPageTest {

    @Autowired
    MockMvc http;

    @MockitoBean
    AccountAdministration administration;

    @Test
    void anAdministratorFindsTheAccountsAndEveryAreaInTheHeader() throws Exception {
        given(administration.all()).willReturn(List.of(new AccountView("admin", List.of("ADMIN"), null, true),
                new AccountView("amina", List.of("COORDINATOR"), "amina@example.org", false)));

        Document users = Jsoup.parse(http.perform(get("/users").with(SignedIn.ADMIN)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());

        assertThat(users.select("header nav.areas a").eachAttr("data-area")).containsExactly("dashboard", "meetings",
                "imports", "campaigns", "registry", "users", "audit");
        assertThat(users.select("header nav.areas a[aria-current=page]").eachAttr("data-area")).containsExactly("users");
        assertThat(users.select("table.users tbody th").eachText()).containsExactly("admin", "amina");
    }

    @Test
    void aLeadOrACoordinatorIsRefusedInTheirLanguage() throws Exception {
        http.perform(get("/users").with(SignedIn.LEAD)).andExpect(status().isForbidden());
        String refused = http.perform(get("/users").with(SignedIn.COORDINATOR).cookie(new Cookie(PageLanguages.COOKIE, "fr")))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();

        assertThat(Jsoup.parse(refused).selectFirst("html").attr("lang")).isEqualTo("fr");
    }
}
