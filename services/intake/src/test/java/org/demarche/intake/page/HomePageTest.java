package org.demarche.intake.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.demarche.platform.security.DemarcheUsers;
import org.demarche.testsupport.SignedIn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Intake's home page alone: where it leads, and that nobody reads it unsigned. */
@WebMvcTest(HomeController.class)
class HomePageTest {

    @Autowired
    MockMvc http;

    /** Every intake slice has the meeting feature's SignedInCoordinator (a WebMvcConfigurer), which reads addresses here. */
    @MockitoBean
    DemarcheUsers users;

    @Test
    void theHomePageLeadsToMeetingsAndImportsAndSignsOut() throws Exception {
        Document home = Jsoup.parse(http.perform(get("/").with(SignedIn.LEAD)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());

        assertThat(home.selectFirst("#home-meetings").attr("href")).isEqualTo("/meetings");
        assertThat(home.selectFirst("#home-imports").attr("href")).isEqualTo("/imports");
        Element signOut = home.selectFirst("form.sign-out");
        assertThat(signOut.attr("action")).isEqualTo("/logout");
        assertThat(signOut.attr("method")).isEqualTo("post");
        assertThat(signOut.select("input[name=_csrf]")).hasSize(1);
    }

    @Test
    void nobodySignedInIsSentToSignIn() throws Exception {
        http.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }
}
