package org.demarche.platform.page;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.web.util.HtmlUtils;

/**
 * A short page of the platform's own, answered where no template runs (the 403 of a page's form,
 * a link to nothing): the product's header and stylesheet, a heading, a sentence and a link home.
 *
 * @param language the {@code lang} of the page
 * @param id       the id of its {@code main}, which tests and the stylesheet know it by
 * @param title    heading and title, plain text
 * @param text     the sentence, plain text
 * @param home     the words of the link to {@code /}, plain text
 */
public record PlainPage(String language, String id, String title, String text, String home) {

    public void write(HttpServletResponse response, int status) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + html(language) + "\"><head>"
                + "<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + html(title) + " – Démarche</title><link rel=\"stylesheet\" href=\"/demarche/site.css\"></head>"
                + "<body><header class=\"site\"><p class=\"brand\"><a href=\"/\">Démarche</a></p></header>"
                + "<main id=\"" + html(id) + "\" class=\"narrow\">"
                + "<h1>" + html(title) + "</h1><p>" + html(text) + "</p><p><a href=\"/\">" + html(home) + "</a></p>"
                + "</main></body></html>");
    }

    private static String html(String text) {
        return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
    }
}
