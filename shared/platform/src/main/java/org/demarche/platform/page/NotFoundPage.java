package org.demarche.platform.page;

import java.io.IOException;
import java.util.ResourceBundle;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A person who follows a link to nothing gets a page saying so, in the page language, with the
 * product's stylesheet and a way home: the address of a campaign or meeting that does not exist, a
 * mistyped address, a link cut short when it was copied from an email on a phone (its id then no
 * longer reads as one). Before this they got the APIs' problem+json as raw text.
 *
 * <p>Only for a request that asks for HTML by name (a browser's {@code Accept}) and is not under
 * {@code /api/} or {@code /actuator/}: API clients, curl's {@code *}{@code /*} included, keep their
 * problem details. A malformed id in a page's path is answered 404 like an unknown one; in an API
 * it stays a 400 naming the parameter. Runs before Spring MVC's resolvers, and takes only what it
 * answers: an error whose status is 404 and a path variable that is not of its type.
 */
final class NotFoundPage implements HandlerExceptionResolver, Ordered {

    /** Before the {@code HandlerExceptionResolverComposite} of Spring MVC (order 0), after Boot's error attributes. */
    static final int ORDER = -1;

    private final LocaleResolver languages;

    NotFoundPage(LocaleResolver languages) {
        this.languages = languages;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (!isNotFound(ex) || !asksForAPage(request) || response.isCommitted()) {
            return null;
        }
        try {
            write(request, response);
        }
        catch (IOException writeFailed) {
            return null;
        }
        return new ModelAndView();
    }

    static boolean isNotFound(Exception ex) {
        if (ex instanceof ErrorResponse error) {
            return error.getStatusCode().value() == HttpStatus.NOT_FOUND.value();
        }
        return ex instanceof MethodArgumentTypeMismatchException mismatch
                && mismatch.getParameter().hasParameterAnnotation(PathVariable.class);
    }

    static boolean asksForAPage(HttpServletRequest request) {
        if (PageLanguages.isApiCall(request)
                || request.getRequestURI().substring(request.getContextPath().length()).startsWith("/actuator")) {
            return false;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null) {
            return false;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream().anyMatch(type -> !type.isWildcardType()
                    && !type.isWildcardSubtype() && type.isCompatibleWith(MediaType.TEXT_HTML));
        }
        catch (InvalidMediaTypeException unreadable) {
            return false;
        }
    }

    private void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ResourceBundle words = Navigation.words(languages.resolveLocale(request));
        String language = words.getLocale().getLanguage().isEmpty() ? "en" : words.getLocale().getLanguage();
        new PlainPage(language, "not-found", words.getString("notFound.title"), words.getString("notFound.text"),
                words.getString("notFound.home")).write(response, HttpStatus.NOT_FOUND.value());
    }
}
