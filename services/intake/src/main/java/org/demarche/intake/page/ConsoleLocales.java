package org.demarche.intake.page;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The language of coordinators' pages: the one chosen with {@code ?lang=en|fr} (kept in a cookie),
 * otherwise the browser's first choice among those the {@code messages} bundles have, English
 * when it has none of them. Always English or French, so that {@code <html lang>} never names a
 * language the page is not written in.
 */
class ConsoleLocales extends CookieLocaleResolver {

    static final Locale FRENCH = Locale.FRENCH;
    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, FRENCH);
    static final String COOKIE = "DEMARCHE_INTAKE_LANG";

    ConsoleLocales() {
        super(COOKIE);
        setCookieSameSite("Strict");
        setDefaultLocaleFunction(ConsoleLocales::fromBrowser);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        super.setLocale(request, response, locale == null ? null : closestTo(locale.toLanguageTag()));
    }

    /** A cookie naming another language (set by hand, or by an older version) reads as the closest one offered. */
    @Override
    protected Locale parseLocaleValue(String localeValue) {
        Locale parsed = super.parseLocaleValue(localeValue);
        return parsed == null ? null : closestTo(parsed.toLanguageTag());
    }

    static Locale fromBrowser(HttpServletRequest request) {
        String accepted = request.getHeader("Accept-Language");
        return accepted == null || accepted.isBlank() ? Locale.ENGLISH : closestTo(accepted);
    }

    /** The supported language that best matches a language tag or an Accept-Language list. */
    static Locale closestTo(String languages) {
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(languages), SUPPORTED);
            return best == null ? Locale.ENGLISH : best;
        } catch (IllegalArgumentException malformed) {
            return Locale.ENGLISH;
        }
    }
}
