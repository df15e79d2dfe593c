package org.demarche.campaigns.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.test.web.servlet.MvcResult;

/** Reading the console's pages in tests: parsed with jsoup, and what every page must have. */
public final class ConsolePages {

    private ConsolePages() {
    }

    public static Document page(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    /** Landmarks, a skip link to the main content, a language, and a label for every field. */
    public static void assertAccessible(Document page) {
        assertThat(page.selectFirst("html").attr("lang")).as("<html lang>").isIn("en", "fr");
        assertThat(page.select("header, nav, main#main, footer")).as("landmarks").hasSizeGreaterThanOrEqualTo(4);
        assertThat(page.select("a.skip[href=#main]")).as("skip link").hasSize(1);
        assertThat(page.select("h1")).as("one heading").hasSize(1);
        for (Element field : page.select("input:not([type=hidden]), select, textarea")) {
            assertThat(field.id()).as("id of %s", field).isNotBlank();
            assertThat(page.select("label[for=" + field.id() + "]")).as("label for #%s", field.id()).hasSize(1);
        }
        assertThat(page.select("form.sign-out[method=post][action=/logout]")).as("sign-out form").hasSize(1);
    }
}
