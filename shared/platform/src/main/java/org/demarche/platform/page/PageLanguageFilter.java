package org.demarche.platform.page;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a {@code ?lang=} choice in the language cookie, for every page: those of Spring MVC and
 * the ones Spring Security answers itself (sign-in, 403). Runs before Spring Security's filters,
 * so that the cookie is set before anything is written.
 */
public class PageLanguageFilter extends OncePerRequestFilter {

    /** Before {@code DatabaseUnavailableFilter} (-101) and Spring Security's chain (-100). */
    public static final int ORDER = -102;

    private final PageLanguages languages;

    public PageLanguageFilter(PageLanguages languages) {
        this.languages = languages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        languages.fromParameter(request).ifPresent(chosen -> languages.setLocale(request, response, chosen));
        chain.doFilter(request, response);
    }
}
