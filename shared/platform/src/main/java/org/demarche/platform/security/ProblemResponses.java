package org.demarche.platform.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.demarche.platform.page.PlainPage;
import org.demarche.platform.web.DatabaseUnavailable;
import org.demarche.platform.web.ProblemTypes;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.LocaleResolver;

/**
 * 401 and 403 for the APIs as RFC 9457 problem details, like every other error of the APIs
 * ({@link ProblemTypes}: {@code .../problems/unauthorized}, {@code .../problems/forbidden}).
 * The 401 names HTTP Basic, so that scripts and curl know how to answer it. A 403 for a page is a
 * page, in the page's language, with the product's stylesheet.
 */
public final class ProblemResponses {

    static final String REALM = "Basic realm=\"Demarche\", charset=\"UTF-8\"";

    /** The detail of every 401 of the APIs; the OpenAPI documents show it as their example. */
    public static final String UNAUTHORIZED_DETAIL =
            "Sign in: HTTP Basic with a Démarche account (the administrator's, or one an administrator gave you).";

    /** The detail of every 403 of the APIs. */
    public static final String FORBIDDEN_DETAIL =
            "Your role does not allow this: leads read, coordinators change, administrators manage accounts.";

    private ProblemResponses() {
    }

    static AuthenticationEntryPoint unauthorized() {
        return (request, response, exception) -> {
            // the account could not be looked up: the database is away, the credentials may be right
            var databaseUnavailable = DatabaseUnavailable.problemFor(exception);
            if (databaseUnavailable.isPresent()) {
                DatabaseUnavailable.write(databaseUnavailable.get(), request, response);
                return;
            }
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, REALM);
            write(request, response, HttpServletResponse.SC_UNAUTHORIZED, ProblemTypes.UNAUTHORIZED, "Unauthorized",
                    UNAUTHORIZED_DETAIL);
        };
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, exception) -> write(request, response, HttpServletResponse.SC_FORBIDDEN,
                ProblemTypes.FORBIDDEN, "Forbidden", FORBIDDEN_DETAIL);
    }

    /**
     * A person whose role does not allow a change made from a page: a short page in English or
     * French (the page language, as every page decides it), not a stack trace or a blank error.
     */
    static AccessDeniedHandler forbiddenPage(ObjectProvider<LocaleResolver> languages) {
        return (request, response, exception) -> {
            boolean french = speaksFrench(request, languages.getIfAvailable());
            String title = french ? "Action non autorisée" : "Not allowed";
            String text = french
                    ? "Votre rôle ne permet pas cette action : les responsables (LEAD) consultent, les coordinateurs modifient."
                    : "Your role does not allow this: leads look, coordinators change. Ask a coordinator or an administrator.";
            String back = french ? "Retour" : "Back";
            new PlainPage(french ? "fr" : "en", "forbidden", title, text, back).write(response, HttpServletResponse.SC_FORBIDDEN);
        };
    }

    /**
     * The platform's own pages (sign-in, 403) speak English and French: French when the page
     * language is French, decided as for every page ({@code org.demarche.platform.page.PageLanguages});
     * the browser's first choice where no resolver is configured.
     */
    static boolean speaksFrench(HttpServletRequest request, LocaleResolver languages) {
        java.util.Locale locale = languages != null ? languages.resolveLocale(request) : request.getLocale();
        return locale != null && "fr".equals(locale.getLanguage());
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, int status,
                              java.net.URI type, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"" + type + "\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\",\"instance\":\"" + json(request.getRequestURI()) + "\"}");
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
