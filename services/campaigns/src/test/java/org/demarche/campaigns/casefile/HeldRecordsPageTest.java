package org.demarche.campaigns.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.demarche.campaigns.console.ConsolePages.assertAccessible;
import static org.demarche.campaigns.console.ConsolePages.page;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.demarche.campaigns.casefile.HeldRecords.Hold;
import org.demarche.platform.web.InvalidInputException;
import org.demarche.testsupport.SignedIn;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The held court records' page alone, over a stand-in list: the record and its candidates, a
 * decision's refusals at the record (400 naming the case, 409 once decided), the language, who may
 * decide, and unknown records. What a decision changes in the registry and the drafts is
 * {@code HeldRecordsIT}'s.
 */
@WebMvcTest(HeldRecordsPageController.class)
class HeldRecordsPageTest {

    private static final UUID ID = UUID.fromString("7d3e9f1a-2b4c-4d6e-8f0a-1b2c3d4e5f60");
    private static final HeldItem MAMMADOV = new HeldItem(ID, "held", "AZ", Instant.parse("2023-05-04T09:12:00Z"),
            new HeldItem.CourtDocument(UUID.randomUUID(), "ruling", "ECtHR", null, "CASE OF MAMMADOV v. AZERBAIJAN",
                    List.of("55555/18"), LocalDate.of(2022, 3, 10), "judgment", null),
            List.of(new HeldItem.Candidate("ilgar-mammadov", "Ilgar Mammadov", "open"),
                    new HeldItem.Candidate("rashad-mammadov", "Rəşad Məmmədov", "open")),
            null, null, null);

    @Autowired
    MockMvc http;

    @MockitoBean
    HeldItems held;

    @BeforeEach
    void oneRecordIsHeld() {
        given(held.waiting()).willReturn(List.of(MAMMADOV));
    }

    @Test
    void listsTheRecordWithAChoiceOfItsCandidatesUnderTheRegistry() throws Exception {
        Document list = page(http.perform(get("/case-file/held").with(SignedIn.COORDINATOR)).andExpect(status().isOk())
                .andReturn());

        assertAccessible(list);
        assertThat(list.selectFirst("h1").text()).isEqualTo("Held court records");
        assertThat(list.select("header nav.areas a[aria-current=page]").text())
                .as("held records are the registry's, as the navigation between services has it").isEqualTo("Registry");
        assertThat(list.select("section.held h2").eachText()).containsExactly("CASE OF MAMMADOV v. AZERBAIJAN");
        assertThat(list.selectFirst("section.held dl").text()).contains("Judgment, ECtHR (judgment)", "10 March 2022",
                "55555/18", "AZ");
        assertThat(list.getElementById("held-" + ID + "-case-rashad-mammadov").attr("type")).isEqualTo("radio");
        assertThat(list.select("label[for=held-" + ID + "-case-rashad-mammadov]").text())
                .isEqualTo("Rəşad Məmmədov (case rashad-mammadov)");
        assertThat(list.select("form[action=/case-file/held/" + ID + "/dismiss]")).hasSize(1);
    }

    @Test
    void anAttachmentWithoutACaseIsShownAtTheRecordItIsAbout() throws Exception {
        given(held.attach(ID, null, "amina")).willThrow(
                InvalidInputException.of("caseId", "is required: one of ilgar-mammadov, rashad-mammadov"));

        Document refused = page(http.perform(post("/case-file/held/" + ID).with(SignedIn.COORDINATOR).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn());

        assertAccessible(refused);
        assertThat(refused.select("#error-summary[role=alert] a[href=#held-" + ID + "-caseId]")).hasSize(1);
        assertThat(refused.getElementById("held-" + ID + "-caseId").attr("aria-invalid")).isEqualTo("true");
        assertThat(refused.getElementById("held-" + ID + "-caseId").attr("aria-describedby"))
                .isEqualTo("held-" + ID + "-caseId-problem");
        assertThat(refused.getElementById("held-" + ID + "-caseId-problem").text()).contains("is required");
    }

    @Test
    void anAttachmentLeadsBackToTheListSayingWhatWasDone() throws Exception {
        given(held.attach(ID, "rashad-mammadov", "amina")).willReturn(decided("attached", "rashad-mammadov"));

        http.perform(post("/case-file/held/" + ID).with(SignedIn.COORDINATOR).with(csrf()).param("caseId", "rashad-mammadov"))
                .andExpect(redirectedUrl("/case-file/held"))
                .andExpect(flash().attribute("flash",
                        "Attached CASE OF MAMMADOV v. AZERBAIJAN to Rəşad Məmmədov: the drafts of the country cite it."));
    }

    @Test
    void aRecordDecidedMeanwhileIs409WithWhyAndADismissalSaysWhatWasDone() throws Exception {
        Hold attached = new Hold(ID, UUID.randomUUID(), CourtRecord.Type.RULING, "AZ",
                List.of("ilgar-mammadov", "rashad-mammadov"), HeldRecords.Status.ATTACHED,
                Instant.parse("2023-05-04T09:12:00Z"), Instant.parse("2023-05-05T10:00:00Z"), "noor", "rashad-mammadov");
        given(held.attach(ID, "ilgar-mammadov", "amina")).willThrow(new HeldRecordDecidedException(attached));
        given(held.dismiss(ID, "amina")).willReturn(decided("dismissed", null));

        Document refused = page(http.perform(post("/case-file/held/" + ID).with(SignedIn.COORDINATOR).with(csrf())
                        .param("caseId", "ilgar-mammadov"))
                .andExpect(status().isConflict()).andReturn());
        assertThat(refused.selectFirst("#error-summary[role=alert]").text())
                .contains("attached to case rashad-mammadov by noor");

        http.perform(post("/case-file/held/" + ID + "/dismiss").with(SignedIn.COORDINATOR).with(csrf()))
                .andExpect(redirectedUrl("/case-file/held"))
                .andExpect(flash().attribute("flash", "Dismissed: CASE OF MAMMADOV v. AZERBAIJAN."));
    }

    @Test
    void anUnknownRecordIsNotFound() throws Exception {
        UUID unknown = UUID.randomUUID();
        given(held.attach(unknown, "ilgar-mammadov", "amina")).willThrow(new UnknownHeldRecordException(unknown));
        given(held.dismiss(unknown, "amina")).willThrow(new UnknownHeldRecordException(unknown));

        http.perform(post("/case-file/held/" + unknown).with(SignedIn.COORDINATOR).with(csrf())
                .param("caseId", "ilgar-mammadov")).andExpect(status().isNotFound());
        http.perform(post("/case-file/held/" + unknown + "/dismiss").with(SignedIn.COORDINATOR).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aLeadReadsTheRecordsInFrenchWithoutFormsAndIsRefusedADecision() throws Exception {
        Document list = page(http.perform(get("/case-file/held").with(SignedIn.LEAD).header(HttpHeaders.ACCEPT_LANGUAGE, "fr"))
                .andExpect(status().isOk()).andReturn());

        assertAccessible(list);
        assertThat(list.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(list.selectFirst("h1").text()).isEqualTo("Décisions de justice en attente");
        assertThat(list.select("main form")).isEmpty();
        assertThat(list.getElementById("held-" + ID + "-heading").parent().select("li").eachText())
                .containsExactly("Ilgar Mammadov (affaire ilgar-mammadov)", "Rəşad Məmmədov (affaire rashad-mammadov)");

        Document refused = page(http.perform(post("/case-file/held/" + ID).param("lang", "fr").with(SignedIn.LEAD)
                        .with(csrf()).param("caseId", "rashad-mammadov"))
                .andExpect(status().isForbidden()).andReturn());
        assertThat(refused.selectFirst("#forbidden h1").text()).isEqualTo("Action non autorisée");
        http.perform(post("/case-file/held/" + ID + "/dismiss").with(SignedIn.LEAD).with(csrf()))
                .andExpect(status().isForbidden());
        verify(held, never()).attach(any(), any(), any());
        verify(held, never()).dismiss(any(), any());
    }

    @Test
    void nobodySignedInIsSentToSignIn() throws Exception {
        http.perform(get("/case-file/held")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        http.perform(post("/case-file/held/" + ID + "/dismiss").with(csrf())).andExpect(redirectedUrl("/login"));
        verify(held, never()).dismiss(any(), any());
    }

    private static HeldItem decided(String status, String caseId) {
        return new HeldItem(ID, status, "AZ", MAMMADOV.heldAt(), MAMMADOV.record(), MAMMADOV.candidates(), caseId,
                "amina", Instant.parse("2023-05-05T10:00:00Z"));
    }
}
