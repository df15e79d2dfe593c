package org.demarche.campaigns.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.demarche.campaigns.console.ConsolePages.assertAccessible;
import static org.demarche.campaigns.console.ConsolePages.page;
import static org.demarche.campaigns.registry.RegistryPagesTest.partner;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The registry as coordinators keep it, through the API and through the registry pages' forms. Ids
 * made by the pages are new each time, so the API's tests do not depend on which runs first.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
@RealInfrastructure
class RegistryApiIT {

    @Autowired
    MockMvc http;

    @Test
    void keepsTargetsPartnersCasesAndExchangesAsCoordinatorsPutThem() throws Exception {
        store("/api/registry/targets/macron", """
                {"name": "Emmanuel Macron", "title": "President of the French Republic", "country": "FR", "language": "fr",
                 "salutation": "Dear President Macron,", "email": "president@elysee.example",
                 "addressLines": ["M. Emmanuel MACRON", "Président de la République française", "Palais de l'Elysée",
                                  "55 Rue du Faubourg Saint-Honoré", "75008 Paris"]}""");
        store("/api/registry/partners/human-rights-club", """
                {"organisation": "Human Rights Club", "country": "AZ", "city": "Baku", "contactName": "Rasul Jafarov",
                 "contactTitle": "Director", "email": "director@hrclub.example", "language": "en",
                 "timeZone": "Asia/Baku", "lead": true, "concerns": ["az"]}""");
        store("/api/registry/cases/ilgar-mammadov", """
                {"country": "AZ", "person": "Ilgar Mammadov", "description": "Opposition leader", "status": "open"}""");
        store("/api/registry/exchanges/letter-2017", """
                {"target": "macron", "date": "2017-07", "kind": "open-letter-and-reply", "summary": "Reply from the Chief of Staff"}""");

        http.perform(get("/api/registry/targets/macron"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.addressLines[1]").value("Président de la République française"));
        http.perform(get("/api/registry/partners"))
                .andExpect(jsonPath("$[?(@.id == 'human-rights-club')].concerns[0]").value("AZ"))
                .andExpect(jsonPath("$[?(@.id == 'human-rights-club')].lead").value(true));
        http.perform(get("/api/registry/cases/ilgar-mammadov")).andExpect(jsonPath("$.status").value("open"));
        http.perform(get("/api/registry/exchanges")).andExpect(jsonPath("$[0].date").value("2017-07"));
        http.perform(get("/api/registry/targets/nobody")).andExpect(status().isNotFound());
    }

    @Test
    void refusesAPartnerWithAnUnknownTimeZoneNamingTheField() throws Exception {
        http.perform(put("/api/registry/partners/p1").contentType(MediaType.APPLICATION_JSON).content("""
                        {"organisation": "X", "country": "BE", "city": "Brussels", "contactName": "Y", "email": "y@x.example",
                         "language": "en", "timeZone": "Europe/Bruxelles", "concerns": ["AZE"]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("timeZone"))
                .andExpect(jsonPath("$.errors[1].field").value("concerns[0]"));
    }

    @Test
    void keepsSituationsTranslationsAndTheLanguageOfATargetsLetters() throws Exception {
        store("/api/registry/targets/macron", """
                {"name": "Emmanuel Macron", "title": "President of the French Republic", "country": "FR", "language": "fr",
                 "letterLanguage": "en", "salutation": "Dear President Macron,", "email": "president@elysee.example",
                 "salutations": {"fr": "Monsieur le Président de la République,"}, "addressLines": ["75008 Paris"]}""");
        store("/api/registry/cases/ilgar-mammadov", """
                {"country": "AZ", "person": "İlqar Məmmədov", "description": "Opposition leader",
                 "applicationNos": ["15172/13", "919/15"], "descriptions": {"fr": "Dirigeant de l'opposition"}}""");
        store("/api/registry/situations/az-fr", """
                {"country": "az", "language": "fr", "politicalPrisoners": "plus de 100",
                 "groups": ["des journalistes", "des blogueurs"]}""");

        http.perform(get("/api/registry/targets/macron"))
                .andExpect(jsonPath("$.letterLanguage").value("en"))
                .andExpect(jsonPath("$.salutations.fr").value("Monsieur le Président de la République,"));
        http.perform(get("/api/registry/cases/ilgar-mammadov"))
                .andExpect(jsonPath("$.applicationNos[1]").value("919/15"))
                .andExpect(jsonPath("$.descriptions.fr").value("Dirigeant de l'opposition"));
        http.perform(get("/api/registry/situations/az-fr"))
                .andExpect(jsonPath("$.country").value("AZ"))
                .andExpect(jsonPath("$.groups[1]").value("des blogueurs"));
    }

    @Test
    void refusesALetterLanguageWithoutTemplatesAndAGroupWithAComma() throws Exception {
        http.perform(put("/api/registry/targets/scholz").contentType(MediaType.APPLICATION_JSON).content("""
                        {"name": "Olaf Scholz", "title": "Federal Chancellor", "country": "DE", "language": "de",
                         "letterLanguage": "de", "salutation": "Dear Chancellor,", "email": "chancellor@bund.example",
                         "addressLines": ["Berlin"]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("letterLanguage"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("en, fr")));
        http.perform(put("/api/registry/situations/az").contentType(MediaType.APPLICATION_JSON).content("""
                        {"country": "AZ", "language": "en", "groups": ["journalists, bloggers"]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("groups[0]"));
    }

    /** The registry pages' forms store through the API's own request records; the pages alone are {@code RegistryPagesTest}'s. */
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

    private void store(String path, String body) throws Exception {
        http.perform(put(path)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk());
    }
}
