package org.demarche.dashboard.language;

import java.util.Collections;
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
 * Resolves the page language among those the message bundles have. A {@code ?lang=} choice is
 * kept in a cookie for the session's pages; an unsupported tag is ignored rather than shown, so a
 * page never claims a language it is not written in.
 */
public final class PageLanguages implements LocaleResolver {

    /** The languages the pages are written in, the first being the default. */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);

    static final String COOKIE = "DEMARCHE_DASHBOARD_LANG";

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return fromCookie(request)
                .or(() -> fromAcceptLanguage(request))
                .orElse(SUPPORTED.get(0));
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Optional<Locale> supported = Optional.ofNullable(locale).flatMap(PageLanguages::supported);
        if (supported.isEmpty() || response == null) {
            return;
        }
        ResponseCookie cookie = ResponseCookie.from(COOKIE, supported.get().getLanguage())
                .path("/").httpOnly(true).sameSite("Strict").build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
        // the page answering this very request is in the new language too
        request.setAttribute(COOKIE, supported.get());
    }

    /** The supported language of a tag such as {@code fr-BE}, if any. */
    static Optional<Locale> supported(Locale locale) {
        return SUPPORTED.stream().filter(s -> s.getLanguage().equals(locale.getLanguage())).findFirst();
    }

    private static Optional<Locale> fromCookie(HttpServletRequest request) {
        if (request.getAttribute(COOKIE) instanceof Locale chosen) {
            return Optional.of(chosen);
        }
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                return supported(Locale.forLanguageTag(cookie.getValue()));
            }
        }
        return Optional.empty();
    }

    /** The browser's preferred languages, best first; the first one the pages have wins. */
    private static Optional<Locale> fromAcceptLanguage(HttpServletRequest request) {
        if (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null) {
            return Optional.empty();
        }
        return Collections.list(request.getLocales()).stream()
                .map(PageLanguages::supported)
                .flatMap(Optional::stream)
                .findFirst();
    }
}
