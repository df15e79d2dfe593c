package org.demarche.campaigns.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.demarche.campaigns.console.ConsolePages.assertAccessible;
import static org.demarche.campaigns.console.ConsolePages.page;
import static org.demarche.campaigns.registry.RegistryPagesTest.partner;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.demarche.testsupport.RealInfrastructure;
import org.demarche.testsupport.SignedIn;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The registry pages of the console: partners and targets made and changed through forms checked
 * by the API's own request records. Countries of concern are ones no other test campaigns about.
 */
@SpringBootTest(properties = {
        "demarche.demo.enabled=true",
        "demarche.timeline.sign-on-requests=PT59M40S",
        "demarche.timeline.reminder=PT40M",
        "demarche.timeline.sign-on-closes=PT30M",
        "demarche.timeline.publication=PT20M",
        "demarche.timeline.follow-up=PT1H"})
@AutoConfigureMockMvc
@RealInfrastructure
class RegistryPagesIT {

    @Autowired
    MockMvc http;

    @Test
    void aNewPartnerMadeOnThePageIsInTheRegistryAndCanBeChanged() throws Exception {
        String id = "page-partner-" + UUID.randomUUID().toString().substring(0, 8);
        Document form = page(http.perform(get("/registry/partners/new").with(SignedIn.COORDINATOR)).andExpect(status().isOk())
                .andReturn());
        assertAccessible(form);

        MvcResult made = http.perform(partner(post("/registry/partners"), "Tbilisi").with(SignedIn.COORDINATOR).param("id", id))
                .andExpect(redirectedUrl("/registry/partners/" + id)).andReturn();

        http.perform(get("/api/registry/partners/" + id).with(SignedIn.LEAD))
                .andExpect(jsonPath("$.organisation").value("Caucasus Watch"))
                .andExpect(jsonPath("$.concerns[0]").value("GE"))
                .andExpect(jsonPath("$.concerns[1]").value("AM"))
                .andExpect(jsonPath("$.lead").value(true));
        Document saved = page(http.perform(get("/registry/partners/" + id).with(SignedIn.COORDINATOR)
                .flashAttrs(made.getFlashMap())).andExpect(status().isOk()).andReturn());
        assertThat(saved.selectFirst("#flash").text()).isEqualTo("Saved: Caucasus Watch.");
        assertThat(saved.getElementById("city").val()).isEqualTo("Tbilisi");
        assertThat(saved.getElementById("concerns").val()).isEqualTo("GE, AM");
        assertThat(saved.getElementById("id")).as("an id does not change").isNull();

        http.perform(partner(post("/registry/partners/" + id), "Yerevan").with(SignedIn.COORDINATOR))
                .andExpect(redirectedUrl("/registry/partners/" + id));
        http.perform(get("/api/registry/partners/" + id).with(SignedIn.LEAD)).andExpect(jsonPath("$.city").value("Yerevan"));
        Document registry = page(http.perform(get("/registry").with(SignedIn.LEAD)).andExpect(status().isOk()).andReturn());
        assertAccessible(registry);
        assertThat(registry.select("a[href=/registry/partners/" + id + "]").text()).isEqualTo("Caucasus Watch");
        http.perform(partner(post("/registry/partners"), "Tbilisi").with(SignedIn.COORDINATOR).param("id", id))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aNewTargetKeepsItsAddressLineByLine() throws Exception {
        String id = "page-target-" + UUID.randomUUID().toString().substring(0, 8);

        http.perform(post("/registry/targets").with(SignedIn.COORDINATOR).with(csrf()).param("id", id)
                        .param("name", "Olaf Example").param("title", "Federal Chancellor").param("country", "DE")
                        .param("language", "de").param("salutation", "Dear Chancellor,")
                        .param("addressLines", "Bundeskanzleramt\r\nWilly-Brandt-Straße 1\r\n10557 Berlin")
                        .param("email", "chancellor@example.org").param("letterLanguage", "en"))
                .andExpect(redirectedUrl("/registry/targets/" + id));

        http.perform(get("/api/registry/targets/" + id).with(SignedIn.LEAD))
                .andExpect(jsonPath("$.addressLines.length()").value(3))
                .andExpect(jsonPath("$.addressLines[2]").value("10557 Berlin"))
                .andExpect(jsonPath("$.letterLanguage").value("en"));
        Document page = page(http.perform(get("/registry/targets/" + id).with(SignedIn.COORDINATOR)).andReturn());
        assertAccessible(page);
        assertThat(page.getElementById("addressLines").wholeText()).contains("Willy-Brandt-Straße 1\n10557 Berlin");
    }

}
