package org.demarche.dashboard.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.demarche.testsupport.SignedIn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The audit page alone: the latest actions as a lead reads them, each leading to its campaign. */
@WebMvcTest(AuditPageController.class)
class AuditPageTest {

    private static final UUID PAUSED = UUID.fromString("1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9");

    @Autowired
    MockMvc http;

    @MockitoBean
    AuditLog log;

    @Test
    void listsTheLatestActionsEachWithItsCampaign() throws Exception {
        given(log.latest(AuditPageController.LATEST)).willReturn(List.of(new AuditEntry(
                Instant.parse("2018-07-16T08:00:00Z"), "amina", "pause", PAUSED, "campaign paused", "the meeting may move")));

        Document audit = Jsoup.parse(http.perform(get("/audit").with(SignedIn.LEAD)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());

        assertThat(audit.select("main h1").text()).isEqualTo("Audit");
        Element action = audit.selectFirst("table.audit tr[data-action=pause]:has(a[href=/campaigns/" + PAUSED + "])");
        assertThat(action.select("td").eachText()).containsExactly("Mon 16 Jul 2018, 08:00 UTC", "amina",
                "pause campaign paused", "the meeting may move", "Open the campaign");
        assertThat(audit.select("header nav.areas a[aria-current=page]").eachAttr("data-area")).containsExactly("audit");
        assertThat(audit.select("table")).allSatisfy(table -> assertThat(table.select("caption")).isNotEmpty());
    }
}
