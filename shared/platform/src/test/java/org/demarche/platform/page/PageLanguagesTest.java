package org.demarche.platform.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class PageLanguagesTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final PageLanguages staff = new PageLanguages(List.of(Locale.ENGLISH, Locale.FRENCH));
    private final PageLanguages partners = new PageLanguages(List.of(Locale.ENGLISH, Locale.FRENCH, RUSSIAN,
            Locale.forLanguageTag("az")));

    @Test
    void speaksEnglishWhenNothingAsksForAnotherLanguage() {
        assertThat(staff.resolveLocale(page("/meetings"))).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void followsTheBrowsersBestWrittenLanguageByItsWeights() {
        assertThat(staff.resolveLocale(accepting("fr-BE, fr;q=0.9, en;q=0.5"))).isEqualTo(Locale.FRENCH);
        assertThat(staff.resolveLocale(accepting("fr-CA,fr;q=0.9"))).isEqualTo(Locale.FRENCH);
        assertThat(staff.resolveLocale(accepting("de, en;q=0.5"))).isEqualTo(Locale.ENGLISH);
        assertThat(staff.resolveLocale(accepting("en;q=0.4, fr;q=0.8"))).isEqualTo(Locale.FRENCH);
        assertThat(staff.resolveLocale(accepting("de"))).as("none written: the default").isEqualTo(Locale.ENGLISH);
        assertThat(staff.resolveLocale(accepting("not a language;;"))).as("malformed").isEqualTo(Locale.ENGLISH);
    }

    @Test
    void aKeptChoiceOutranksTheBrowser() {
        MockHttpServletRequest request = accepting("en");
        request.setCookies(new Cookie(PageLanguages.COOKIE, "fr"));

        assertThat(staff.resolveLocale(request)).isEqualTo(Locale.FRENCH);
    }

    @Test
    void aChoiceInTheAddressOutranksTheKeptOne() {
        MockHttpServletRequest request = accepting("fr");
        request.setCookies(new Cookie(PageLanguages.COOKIE, "fr"));
        request.setParameter("lang", "en");

        assertThat(staff.resolveLocale(request)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void aLanguageTheServiceDoesNotSpeakFallsThroughToTheNextRule() {
        MockHttpServletRequest request = accepting("fr");
        request.setCookies(new Cookie(PageLanguages.COOKIE, "ru"));
        request.setParameter("lang", "de");

        assertThat(staff.resolveLocale(request)).as("?lang=de and a Russian cookie on a staff page").isEqualTo(Locale.FRENCH);
        assertThat(partners.resolveLocale(request)).as("the partners' pages speak Russian").isEqualTo(RUSSIAN);
    }

    @Test
    void callsToTheApiKeepTheirOwnLangParameter() {
        MockHttpServletRequest request = accepting("en");
        request.setRequestURI("/api/campaigns/1/letter");
        request.setParameter("lang", "fr");

        assertThat(staff.resolveLocale(request)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void aChoiceInTheAddressIsKeptInTheOneCookieOfEveryService() throws Exception {
        MockHttpServletRequest request = accepting("en");
        request.setParameter("lang", "fr-BE");
        MockHttpServletResponse response = new MockHttpServletResponse();

        new PageLanguageFilter(staff).doFilter(request, response, new MockFilterChain());

        assertThat(response.getHeader(HttpHeaders.SET_COOKIE))
                .isEqualTo("DEMARCHE_LANG=fr; Path=/; Max-Age=31536000; Expires=" + expiresIn(response)
                        + "; HttpOnly; SameSite=Lax");
        assertThat(staff.resolveLocale(request)).isEqualTo(Locale.FRENCH);
    }

    @Test
    void theCookieIsSecureOverHttps() {
        ResponseCookie cookie = PageLanguages.cookie(Locale.FRENCH, true);

        assertThat(cookie.isSecure()).isTrue();
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getSameSite()).isEqualTo("Lax");
        assertThat(cookie.getPath()).isEqualTo("/");
        assertThat(cookie.getDomain()).as("the host's: shared by every port of it").isNull();
        assertThat(cookie.getMaxAge()).isEqualTo(PageLanguages.COOKIE_MAX_AGE);
    }

    @Test
    void nothingIsKeptForALanguageNotWrittenOrForAnApiCall() throws Exception {
        MockHttpServletRequest unknown = accepting("en");
        unknown.setParameter("lang", "de");
        MockHttpServletRequest api = accepting("en");
        api.setRequestURI("/api/campaigns/1/letter");
        api.setParameter("lang", "fr");

        for (MockHttpServletRequest request : List.of(unknown, api)) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            new PageLanguageFilter(staff).doFilter(request, response, new MockFilterChain());
            assertThat(response.getHeader(HttpHeaders.SET_COOKIE)).isNull();
        }
    }

    @Test
    void aPageForOnePersonSpeaksTheirLanguageWhateverTheRequestAsks() {
        MockHttpServletRequest request = accepting("en");
        request.setParameter("lang", "en");

        partners.speakForThisRequest(request, "az-Latn-AZ");

        assertThat(partners.resolveLocale(request)).isEqualTo(Locale.forLanguageTag("az"));
        partners.speakForThisRequest(request, "de");
        assertThat(partners.resolveLocale(request)).as("none written: the default").isEqualTo(Locale.ENGLISH);
    }

    private static MockHttpServletRequest page(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setRequestURI(path);
        return request;
    }

    private static MockHttpServletRequest accepting(String languages) {
        MockHttpServletRequest request = page("/meetings");
        request.addHeader(HttpHeaders.ACCEPT_LANGUAGE, languages);
        return request;
    }

    /** The Expires attribute ResponseCookie writes beside Max-Age, whatever the date today. */
    private static String expiresIn(MockHttpServletResponse response) {
        String header = response.getHeader(HttpHeaders.SET_COOKIE);
        int start = header.indexOf("Expires=") + "Expires=".length();
        return header.substring(start, header.indexOf(';', start));
    }
}
