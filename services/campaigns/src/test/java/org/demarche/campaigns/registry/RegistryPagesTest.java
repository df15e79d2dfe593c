package org.demarche.campaigns.registry;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import jakarta.servlet.http.Cookie;

import org.demarche.campaigns.letter.LetterComposer;
import org.demarche.platform.page.PageLanguages;
import org.demarche.testsupport.SignedIn;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The registry's pages alone, over a stand-in registry: the forms' refusals next to their fields
 * (the API's own request checks), the language, and that a lead reads but cannot change. What a
 * saved form puts in the registry is {@code RegistryApiIT}'s.
 */
@WebMvcTest(RegistryPageController.class)
class RegistryPagesTest {

    private static final Partner IPHR = new Partner("iphr", "International Partnership for Human Rights", "BE",
            "Brussels", "Brigitte Dufour", "Director", "iphr@example.org", "en", "Europe/Brussels", true, List.of("AZ"));

    @Autowired
    MockMvc http;

    @MockitoBean
    Registry registry;

    @MockitoBean
    LetterComposer composer;

    @BeforeEach
    void theReferenceCasesPartner() {
        given(registry.partner("iphr")).willReturn(Optional.of(IPHR));
        given(registry.partners()).willReturn(List.of(IPHR));
        given(composer.languages()).willReturn(new TreeSet<>(List.of("en", "fr")));
    }

    @Test
    void aPartnerWithAWrongEmailAndCountryIsShownNextToTheFieldsWithTheInputKept() throws Exception {
        Document refused = page(http.perform(post("/registry/partners").with(SignedIn.COORDINATOR).with(csrf())
                        .param("id", "bad-partner").param("organisation", "Caucasus Watch").param("country", "Georgia")
                        .param("city", "Tbilisi").param("contactName", "Nino").param("email", "nino-at-example")
                        .param("language", "en").param("timeZone", "Asia/Tbilisi").param("concerns", "GE"))
                .andExpect(status().isBadRequest()).andReturn());

        assertAccessible(refused);
        for (String field : new String[] {"email", "country"}) {
            assertThat(refused.getElementById(field).attr("aria-invalid")).isEqualTo("true");
            assertThat(refused.getElementById(field).attr("aria-describedby")).isEqualTo(field + "-problem");
            assertThat(refused.select("#error-summary[role=alert] a[href=#" + field + "]")).hasSize(1);
        }
        assertThat(refused.getElementById("email-problem").text()).contains("is not an email address");
        assertThat(refused.getElementById("email").val()).isEqualTo("nino-at-example");
        assertThat(refused.getElementById("organisation").val()).isEqualTo("Caucasus Watch");
        verify(registry, never()).put(any(Partner.class));
    }

    @Test
    void aNewPartnerCannotTakeAnIdInUse() throws Exception {
        Document refused = page(http.perform(partner(post("/registry/partners"), "Tbilisi").param("id", "iphr")
                        .with(SignedIn.COORDINATOR))
                .andExpect(status().isBadRequest()).andReturn());

        assertThat(refused.getElementById("id").attr("aria-invalid")).isEqualTo("true");
        verify(registry, never()).put(any(Partner.class));
    }

    @Test
    void aSavedPartnerLeadsBackToItsPage() throws Exception {
        http.perform(partner(post("/registry/partners/iphr"), "Brussels").with(SignedIn.COORDINATOR))
                .andExpect(redirectedUrl("/registry/partners/iphr"));

        verify(registry).put(any(Partner.class));
    }

    @Test
    void theTargetFormOffersTheLettersLanguagesWithALabelForEveryField() throws Exception {
        Document form = page(http.perform(get("/registry/targets/new").with(SignedIn.COORDINATOR))
                .andExpect(status().isOk()).andReturn());

        assertAccessible(form);
        assertThat(form.select("#letterLanguage option").eachAttr("value")).contains("en", "fr");
    }

    @Test
    void aLeadReadsTheRegistryInFrenchWithoutFormsAndCannotChangeIt() throws Exception {
        Document registry = page(http.perform(get("/registry").with(SignedIn.LEAD).header(HttpHeaders.ACCEPT_LANGUAGE, "fr"))
                .andExpect(status().isOk()).andReturn());

        assertThat(registry.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(registry.selectFirst("h1").text()).isEqualTo("Registre");
        assertThat(registry.select("a[href=/registry/partners/new]")).isEmpty();
        assertThat(registry.select("header nav.areas a[aria-current=page]").eachAttr("data-area")).containsExactly("registry");
        Document partner = page(http.perform(get("/registry/partners/iphr").with(SignedIn.LEAD)).andExpect(status().isOk())
                .andReturn());
        assertThat(partner.select("main form")).isEmpty();
        http.perform(partner(post("/registry/partners/iphr"), "Brussels").with(SignedIn.LEAD)
                        .cookie(new Cookie(PageLanguages.COOKIE, "fr")))
                .andExpect(status().isForbidden());
        verify(this.registry, never()).put(any(Partner.class));
    }

    @Test
    void nobodySignedInIsSentToSignIn() throws Exception {
        http.perform(get("/registry")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    /** Caucasus Watch as the partner form sends it, from {@code city}. */
    static MockHttpServletRequestBuilder partner(MockHttpServletRequestBuilder request, String city) {
        return request.with(csrf()).param("organisation", "Caucasus Watch").param("country", "ge")
                .param("city", city).param("contactName", "Nino Example").param("email", "nino@example.org")
                .param("language", "en").param("timeZone", "Asia/Tbilisi").param("lead", "true")
                .param("concerns", "GE, AM");
    }
}
