package org.demarche.campaigns.registry;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.demarche.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

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
                .andExpect(jsonPath("$[0].id").value("human-rights-club"))
                .andExpect(jsonPath("$[0].concerns[0]").value("AZ"))
                .andExpect(jsonPath("$[0].lead").value(true));
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

    private void store(String path, String body) throws Exception {
        http.perform(put(path)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk());
    }
}
