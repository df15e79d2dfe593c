package org.demarche.campaigns.console;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The console's language: the one chosen with {@code ?lang=} (kept in a cookie), else the first of
 * the browser's languages the console speaks, else English — never a language without words, so
 * that {@code <html lang>} tells the truth.
 */
final class ConsoleLocaleResolver extends CookieLocaleResolver {

    static final List<String> SPOKEN = List.of("en", "fr");

    ConsoleLocaleResolver() {
        super("DEMARCHE_CAMPAIGNS_LANG");
        setCookieMaxAge(Duration.ofDays(365));
        setCookieSameSite("Strict");
        setCookieHttpOnly(true);
        setDefaultLocaleFunction(ConsoleLocaleResolver::firstSpoken);
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return spoken(super.resolveLocale(request));
    }

    private static Locale firstSpoken(HttpServletRequest request) {
        for (Locale wanted : Collections.list(request.getLocales())) {
            if (SPOKEN.contains(wanted.getLanguage())) {
                return Locale.forLanguageTag(wanted.getLanguage());
            }
        }
        return Locale.ENGLISH;
    }

    private static Locale spoken(Locale locale) {
        return locale != null && SPOKEN.contains(locale.getLanguage()) ? Locale.forLanguageTag(locale.getLanguage()) : Locale.ENGLISH;
    }
}
