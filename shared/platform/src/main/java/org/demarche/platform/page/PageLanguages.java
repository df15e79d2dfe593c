package org.demarche.platform.page;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language every page of every service speaks, decided one way: {@code ?lang=} on any page
 * (which also keeps the choice in a cookie), else that cookie, else the browser's Accept-Language,
 * else English. Only the languages the service's pages are written in are ever chosen
 * ({@code demarche.web.languages}), so that {@code <html lang>} never names a language the page is
 * not in: an unknown or malformed choice falls through to the next rule.
 *
 * <p>One cookie for all services: {@value #COOKIE}, path {@code /}, a year, {@code SameSite=Lax}
 * (a link from an email opens the page in the chosen language), HttpOnly, Secure over HTTPS, and no
 * domain: browsers share it across the ports of one host, and in production the services sit under
 * one. A language a service does not speak (a partner's Azerbaijani, on a coordinator's page) is
 * skipped there and the next rule decides.
 *
 * <p>A page that knows whose it is (a partner's sign-on page, from the token) may speak that
 * person's language for one request with {@link #speakForThisRequest}; that wins over the rest and
 * sets no cookie. Calls under {@code /api/} keep their own {@code lang} parameter (campaigns: the
 * letter's language): there it chooses nothing.
 */
public final class PageLanguages implements LocaleResolver {

    /** The request parameter that switches a page's language, e.g. {@code ?lang=fr}. */
    public static final String PARAMETER = "lang";
    /** The one cookie that keeps the choice, shared by every service on the host. */
    public static final String COOKIE = "DEMARCHE_LANG";
    public static final Duration COOKIE_MAX_AGE = Duration.ofDays(365);

    private static final String THIS_REQUEST = PageLanguages.class.getName() + ".locale";

    private final List<Locale> supported;

    /** @param supported the languages the pages are written in, the first being the default */
    public PageLanguages(List<Locale> supported) {
        if (supported.isEmpty()) {
            throw new IllegalArgumentException("demarche.web.languages names at least one language");
        }
        this.supported = supported.stream().map(locale -> Locale.forLanguageTag(locale.getLanguage())).distinct().toList();
    }

    /** The languages the pages are written in, the default first. */
    public List<Locale> languages() {
        return supported;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (request.getAttribute(THIS_REQUEST) instanceof Locale chosen) {
            return chosen;
        }
        return fromParameter(request)
                .or(() -> fromCookie(request))
                .or(() -> fromAcceptLanguage(request))
                .orElse(supported.get(0));
    }

    /** Keeps a language the person chose: for this request, and in the cookie for the next ones. */
    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Optional<Locale> chosen = Optional.ofNullable(locale).flatMap(this::supported);
        if (chosen.isEmpty()) {
            return;
        }
        request.setAttribute(THIS_REQUEST, chosen.get());
        if (response != null) {
            response.addHeader(HttpHeaders.SET_COOKIE, cookie(chosen.get(), request.isSecure()).toString());
        }
    }

    /**
     * This request's page in the language of the person it is for (a partner's, from the token),
     * the closest one written; nothing is kept for later requests.
     */
    public void speakForThisRequest(HttpServletRequest request, String languageTag) {
        request.setAttribute(THIS_REQUEST, closestTo(languageTag).orElse(supported.get(0)));
    }

    /** The cookie that keeps a language. */
    public static ResponseCookie cookie(Locale language, boolean secure) {
        return ResponseCookie.from(COOKIE, language.getLanguage())
                .path("/")
                .maxAge(COOKIE_MAX_AGE)
                .sameSite("Lax")
                .httpOnly(true)
                .secure(secure)
                .build();
    }

    /** The {@code ?lang=} choice of a page request, if it names a language the pages are written in. */
    Optional<Locale> fromParameter(HttpServletRequest request) {
        String chosen = request.getParameter(PARAMETER);
        if (chosen == null || isApiCall(request)) {
            return Optional.empty();
        }
        return closestTo(chosen);
    }

    private Optional<Locale> fromCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                return closestTo(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    /** The browser's languages by their weights; the best one the pages are written in. */
    private Optional<Locale> fromAcceptLanguage(HttpServletRequest request) {
        String accepted = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (accepted == null || accepted.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(Locale.lookup(Locale.LanguageRange.parse(accepted), supported));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** The written language of a tag such as {@code fr-BE}, if any. */
    Optional<Locale> closestTo(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return Optional.empty();
        }
        return supported(Locale.forLanguageTag(languageTag.strip().replace('_', '-')));
    }

    private Optional<Locale> supported(Locale locale) {
        return supported.stream().filter(written -> written.getLanguage().equals(locale.getLanguage())).findFirst();
    }

    static boolean isApiCall(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.equals("/api");
    }
}
