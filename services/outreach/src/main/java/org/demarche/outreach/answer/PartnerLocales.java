package org.demarche.outreach.answer;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.demarche.outreach.partnermail.PartnerLanguage;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of partners' pages: the partner's own when the page knows whose it is, otherwise
 * the browser's; always one the {@code messages} bundle has, English by default. Spring MVC's
 * locale resolver (the bean name says so), so that the templates' {@code #{...}} and
 * {@code #locale} follow it.
 */
@Component("localeResolver")
class PartnerLocales implements LocaleResolver {

    static final List<Locale> SUPPORTED = PartnerLanguage.SUPPORTED;
    private static final String ATTRIBUTE = PartnerLocales.class.getName() + ".locale";

    static Locale closestTo(String languageTag) {
        return PartnerLanguage.closestTo(languageTag);
    }

    /** Shows the rest of this request's page in the partner's language. */
    static void usePartnerLanguage(HttpServletRequest request, String languageTag) {
        request.setAttribute(ATTRIBUTE, closestTo(languageTag));
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof Locale partners) {
            return partners;
        }
        String accepted = request.getHeader("Accept-Language");
        if (accepted == null || accepted.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(accepted), SUPPORTED);
            return best == null ? Locale.ENGLISH : best;
        } catch (IllegalArgumentException malformed) {
            return Locale.ENGLISH;
        }
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        request.setAttribute(ATTRIBUTE, locale == null ? Locale.ENGLISH : closestTo(locale.toLanguageTag()));
    }
}
