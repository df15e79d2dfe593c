package org.demarche.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The 503 of {@link DatabaseUnavailable} for failures outside the controllers, which
 * {@link ProblemDetailsAdvice} never sees: the sign-in cookie checked against the account, a
 * session looked up. Goes before Spring Security; anything else passes through unchanged.
 */
public class DatabaseUnavailableFilter extends OncePerRequestFilter {

    /** Just before Spring Security's filter chain (-100), so that its failures come through here. */
    public static final int ORDER = -101;

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            var problem = DatabaseUnavailable.problemFor(e);
            if (problem.isEmpty() || response.isCommitted()) {
                throw e;
            }
            log.warn("{} answered 503 for {}: {}", problem.get().getTitle(), request.getRequestURI(), e.getMessage());
            response.reset();
            DatabaseUnavailable.write(problem.get(), request, response);
        }
    }
}
