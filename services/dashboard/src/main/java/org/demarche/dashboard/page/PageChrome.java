package org.demarche.dashboard.page;

import java.security.Principal;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.demarche.dashboard.language.PageLanguages;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** What every page's header shows: the languages to switch to, and who is signed in. */
@ControllerAdvice(assignableTypes = DashboardPageController.class)
class PageChrome {

    /**
     * One language of the switch.
     *
     * @param href    this very page in that language, its other parameters (the filter) kept
     * @param current whether the page is in it
     */
    record LanguageChoice(String tag, String name, String href, boolean current) {
    }

    @ModelAttribute("languages")
    List<LanguageChoice> languages(HttpServletRequest request, Locale locale) {
        return PageLanguages.SUPPORTED.stream()
                .map(language -> new LanguageChoice(language.toLanguageTag(), language.getDisplayLanguage(language),
                        UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                                .replaceQueryParam("lang", language.toLanguageTag()).build().toUriString(),
                        language.getLanguage().equals(locale.getLanguage())))
                .toList();
    }

    @ModelAttribute("signedInAs")
    String signedInAs(Principal principal) {
        return principal == null ? null : principal.getName();
    }
}
