package org.demarche.platform.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

class NotFoundPageTest {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private final NotFoundPage resolver = new NotFoundPage(new PageLanguages(List.of(Locale.ENGLISH, Locale.FRENCH,
            Locale.forLanguageTag("ru"), Locale.forLanguageTag("az"))));

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en-GB,en;q=0.9 | en | Page not found
            fr-FR,fr;q=0.9 | fr | Page introuvable
            ru             | ru | Страница не найдена
            az-AZ          | az | Səhifə tapılmadı
            de-DE          | en | Page not found
            """)
    void aBrowserFollowingALinkToNothingGetsAPageInItsLanguage(String languages, String lang, String title) throws Exception {
        MockHttpServletRequest request = browser("/campaigns/" + UUID.randomUUID());
        request.addHeader(HttpHeaders.ACCEPT_LANGUAGE, languages);
        MockHttpServletResponse response = new MockHttpServletResponse();

        assertThat(resolver.resolveException(request, response, null, notFound())).isNotNull();

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentType()).startsWith("text/html");
        assertThat(response.getContentAsString()).contains("<html lang=\"" + lang + "\"", "<h1>" + title + "</h1>",
                "href=\"/demarche/site.css\"", "<a href=\"/\">");
    }

    @Test
    void aPagesIdCutShortIsNotFoundToo() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        assertThat(resolver.resolveException(browser("/campaigns/3f6c1a2e-9b"), response, null, malformed("pathId"))).isNotNull();

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentAsString()).contains("copy it whole");
    }

    @Test
    void aMalformedQueryParameterIsLeftToTheUsual400() {
        assertThat(resolver.resolveException(browser("/campaigns"), new MockHttpServletResponse(), null, malformed("queryId"))).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/campaigns/x", "/actuator/health"})
    void apisKeepTheirProblemDetailsEvenForABrowser(String path) {
        assertThat(resolver.resolveException(browser(path), new MockHttpServletResponse(), null, notFound())).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"*/*", "application/json", "application/problem+json", "text/*", "image/avif,image/webp,*/*"})
    void clientsThatDoNotAskForHtmlByNameKeepProblemDetails(String accept) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/campaigns/" + UUID.randomUUID());
        request.addHeader(HttpHeaders.ACCEPT, accept);

        assertThat(resolver.resolveException(request, new MockHttpServletResponse(), null, notFound())).isNull();
    }

    @Test
    void otherErrorsAreLeftAlone() {
        var conflict = new ErrorResponseException(HttpStatus.CONFLICT, ProblemDetail.forStatus(HttpStatus.CONFLICT), null);

        assertThat(resolver.resolveException(browser("/campaigns/x"), new MockHttpServletResponse(), null, conflict)).isNull();
        assertThat(resolver.resolveException(browser("/campaigns/x"), new MockHttpServletResponse(), null,
                new IllegalStateException("boom"))).isNull();
    }

    private static MockHttpServletRequest browser(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.addHeader(HttpHeaders.ACCEPT, BROWSER);
        return request;
    }

    private static ErrorResponseException notFound() {
        return new ErrorResponseException(HttpStatus.NOT_FOUND, ProblemDetail.forStatus(HttpStatus.NOT_FOUND), null);
    }

    private static MethodArgumentTypeMismatchException malformed(String method) {
        try {
            MethodParameter parameter = new MethodParameter(NotFoundPageTest.class.getDeclaredMethod(method, UUID.class), 0);
            return new MethodArgumentTypeMismatchException("3f6c1a2e-9b", UUID.class, "id", parameter,
                    new IllegalArgumentException("Invalid UUID string: 3f6c1a2e-9b"));
        }
        catch (NoSuchMethodException ex) {
            throw new IllegalStateException(ex);
        }
    }

    @SuppressWarnings("unused")
    private void pathId(@PathVariable UUID id) {
    }

    @SuppressWarnings("unused")
    private void queryId(@RequestParam UUID id) {
    }
}
