package org.demarche.platform.page;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

import jakarta.servlet.http.HttpServletRequest;

import org.demarche.platform.security.Role;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** Gives every page of the service the model attribute {@code chrome}: its header ({@link PageChrome}). */
@ControllerAdvice
public class PageChromeAdvice {

    private final Navigation navigation;
    private final PageLanguages languages;

    public PageChromeAdvice(Navigation navigation, PageLanguages languages) {
        this.navigation = navigation;
        this.languages = languages;
    }

    @ModelAttribute("chrome")
    public PageChrome chrome(HttpServletRequest request, Locale locale) {
        Authentication person = signedIn();
        Optional<Role> role = person == null ? Optional.empty()
                : Role.highestOf(person.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return new PageChrome(locale.toLanguageTag(), words(locale), navigation.links(role, path, locale),
                choices(request, locale), person == null ? null : person.getName(),
                role.map(r -> r.includes(Role.COORDINATOR)).orElse(false));
    }

    /** The language switch: this very page, its other parameters kept, in each language. */
    List<PageChrome.LanguageChoice> choices(HttpServletRequest request, Locale current) {
        return languages.languages().stream()
                .map(language -> new PageChrome.LanguageChoice(language.toLanguageTag(), nameOf(language),
                        UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                                .replaceQueryParam(PageLanguages.PARAMETER, language.toLanguageTag()).build().toUriString(),
                        language.getLanguage().equals(current.getLanguage())))
                .toList();
    }

    /** A language's name in itself, as a menu shows it: "English", "Français", "Русский". */
    static String nameOf(Locale language) {
        String name = language.getDisplayLanguage(language);
        return name.isEmpty() ? language.toLanguageTag() : name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }

    static PageChrome.Words words(Locale locale) {
        ResourceBundle words = Navigation.words(locale);
        return new PageChrome.Words(words.getString("product"), words.getString("skip"), words.getString("nav.label"),
                words.getString("languages.label"), words.getString("signedInAs"), words.getString("signOut"));
    }

    private static Authentication signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated() ? null : authentication;
    }
}
