package org.demarche.platform.security;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page of every service, in English or French (the browser's first choice): a labelled
 * form with its CSRF token, what went wrong in words, and the OpenID Connect providers when some
 * are configured. Plain HTML from the platform, so that every service has the same one without a
 * template engine; the form posts to Spring Security's {@code /login}.
 */
@Controller
class SignInPage {

    private record Words(String lang, String title, String heading, String user, String password, String submit,
                         String failed, String signedOut, String orWith) {
    }

    private static final Words ENGLISH = new Words("en", "Sign in", "Sign in to Démarche", "User name", "Password",
            "Sign in", "That user name and password do not match, or the account is locked for a while after "
            + "several wrong passwords.", "You are signed out.", "Or sign in with");
    private static final Words FRENCH = new Words("fr", "Connexion", "Se connecter à Démarche", "Nom d’utilisateur",
            "Mot de passe", "Se connecter", "Ce nom d’utilisateur et ce mot de passe ne correspondent pas, ou le "
            + "compte est bloqué un moment après plusieurs mots de passe erronés.", "Vous êtes déconnecté·e.",
            "Ou se connecter avec");

    private final ObjectProvider<ClientRegistrationRepository> providers;

    SignInPage(ObjectProvider<ClientRegistrationRepository> providers) {
        this.providers = providers;
    }

    @GetMapping(path = "/login", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(HttpServletRequest request) {
        Words words = ProblemResponses.prefersFrench(request) ? FRENCH : ENGLISH;
        StringBuilder html = new StringBuilder()
                .append("<!DOCTYPE html><html lang=\"").append(words.lang()).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(words.title()).append(" – Démarche</title><style>")
                .append("body{font-family:system-ui,sans-serif;margin:0;background:#f6f5f2;color:#1b1b1b;line-height:1.5}")
                .append("main{max-width:26rem;margin:2rem auto;padding:0 1rem}h1{font-size:1.5rem}")
                .append("label{display:block;font-weight:600;margin:1rem 0 .25rem}")
                .append("input{width:100%;box-sizing:border-box;min-height:48px;padding:.6rem;font:inherit;")
                .append("border:1px solid #6b7075;border-radius:6px;background:#fff}")
                .append("button{margin-top:1.25rem;min-height:48px;padding:.6rem 1.5rem;font:inherit;font-weight:600;")
                .append("color:#fff;background:#1d4f91;border:0;border-radius:6px;cursor:pointer}")
                .append(":focus-visible{outline:3px solid #1565c0;outline-offset:2px}")
                .append(".problem{border-left:4px solid #b3261e;padding:.5rem 1rem;background:#fff}")
                .append(".notice{border-left:4px solid #1d4f91;padding:.5rem 1rem;background:#fff}")
                .append("</style></head><body><main id=\"main\"><h1>").append(words.heading()).append("</h1>");
        if (request.getParameter("error") != null) {
            html.append("<p class=\"problem\" role=\"alert\" id=\"sign-in-error\">").append(words.failed()).append("</p>");
        }
        if (request.getParameter("logout") != null) {
            html.append("<p class=\"notice\" role=\"status\">").append(words.signedOut()).append("</p>");
        }
        html.append("<form method=\"post\" action=\"/login\">")
                .append("<label for=\"username\">").append(words.user()).append("</label>")
                .append("<input id=\"username\" name=\"username\" autocomplete=\"username\" required autofocus>")
                .append("<label for=\"password\">").append(words.password()).append("</label>")
                .append("<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required>");
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        if (csrf != null) {
            html.append("<input type=\"hidden\" name=\"").append(escape(csrf.getParameterName())).append("\" value=\"")
                    .append(escape(csrf.getToken())).append("\">");
        }
        html.append("<button type=\"submit\">").append(words.submit()).append("</button></form>");
        List<ClientRegistration> registrations = registrations();
        if (!registrations.isEmpty()) {
            html.append("<p>").append(words.orWith()).append("</p><ul>");
            for (ClientRegistration registration : registrations) {
                html.append("<li><a href=\"/oauth2/authorization/").append(escape(registration.getRegistrationId()))
                        .append("\">").append(escape(registration.getClientName())).append("</a></li>");
            }
            html.append("</ul>");
        }
        html.append("</main></body></html>");
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body(html.toString());
    }

    private List<ClientRegistration> registrations() {
        List<ClientRegistration> registrations = new ArrayList<>();
        if (providers.getIfAvailable() instanceof Iterable<?> all) {
            for (Object registration : all) {
                registrations.add((ClientRegistration) registration);
            }
        }
        return registrations;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

}
