package org.demarche.intake.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.demarche.platform.security.DemarcheUsers;
import org.demarche.testsupport.SignedIn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The imports page alone: its words in the page's language, the upload form for coordinators only. */
@WebMvcTest(ImportPageController.class)
class ImportPageTest {

    private static final UUID RUN = UUID.fromString("0b8e1f7a-54c1-4f0e-9d93-3f6f0c2a9e01");

    @Autowired
    MockMvc http;

    @MockitoBean
    ImportRuns runs;

    @MockitoBean
    WaitingForReview review;

    /** Every intake slice has the meeting feature's SignedInCoordinator (a WebMvcConfigurer), which reads addresses here. */
    @MockitoBean
    DemarcheUsers users;

    @Test
    void aCoordinatorSeesTheFormTheQueueAndTheRecentRuns() throws Exception {
        given(runs.recent(20)).willReturn(List.of(ImportRun.of(RUN, "ics", "upload", ImportRun.DONE, 53, 53, null, null,
                Instant.parse("2027-06-01T10:00:00Z"), Instant.parse("2027-06-01T10:01:00Z"))));
        given(review.waitingForReview()).willReturn(3);

        Document page = page(get("/imports").with(SignedIn.COORDINATOR));

        assertThat(page.selectFirst("h1").text()).isEqualTo("Imports");
        assertThat(page.selectFirst("#import-form")).isNotNull();
        assertThat(page.selectFirst("#import-form").attr("data-running")).isEqualTo("Importing… {0} of {1} entries");
        assertThat(page.selectFirst("#pending").text()).isEqualTo("3");
        assertThat(page.select("table tbody tr").first().text()).contains("Tue 1 Jun 2027, 10:00 UTC", "ics", "done");
        assertThat(page.selectFirst("table a").attr("href")).isEqualTo("/api/imports/" + RUN);
        assertThat(page.select("header nav.areas a[aria-current=page]").eachAttr("data-area")).containsExactly("imports");
    }

    @Test
    void speaksFrenchWhenAskedAndShowsALeadNoForm() throws Exception {
        Document page = page(get("/imports").with(SignedIn.LEAD).header(HttpHeaders.ACCEPT_LANGUAGE, "fr-BE,fr;q=0.9"));

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(page.selectFirst("title").text()).isEqualTo("Imports – Démarche");
        assertThat(page.select("main h2").eachText()).containsExactly("En attente de vérification", "Imports récents");
        assertThat(page.selectFirst("table tbody td").text()).isEqualTo("Aucun import pour l’instant.");
        assertThat(page.selectFirst("#import-form")).as("a lead imports nothing").isNull();
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(http.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
