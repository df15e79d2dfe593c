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
import org.springframework.web.servlet.LocaleResolver;

/**
 * The sign-in page of every service, in English or French (the page language every page follows:
 * {@code ?lang=}, the language cookie, the browser's choice): a labelled form with its CSRF token,
 * what went wrong in words, and the OpenID Connect providers when some are configured. Plain HTML
 * from the platform with the one stylesheet and the product's header, so that every service has the
 * same one without a template engine; the form posts to Spring Security's {@code /login}.
 */
@Controller
class SignInPage {

    private record Words(String lang, String title, String heading, String user, String password, String submit,
                         String failed, String signedOut, String orWith, String language) {
    }

    private static final Words ENGLISH = new Words("en", "Sign in", "Sign in to Démarche", "User name", "Password",
            "Sign in", "That user name and password do not match, or the account is locked for a while after "
            + "several wrong passwords.", "You are signed out.", "Or sign in with", "Language");
    private static final Words FRENCH = new Words("fr", "Connexion", "Se connecter à Démarche", "Nom d’utilisateur",
            "Mot de passe", "Se connecter", "Ce nom d’utilisateur et ce mot de passe ne correspondent pas, ou le "
            + "compte est bloqué un moment après plusieurs mots de passe erronés.", "Vous êtes déconnecté·e.",
            "Ou se connecter avec", "Langue");

    private final ObjectProvider<ClientRegistrationRepository> providers;
    private final ObjectProvider<LocaleResolver> languages;

    SignInPage(ObjectProvider<ClientRegistrationRepository> providers, ObjectProvider<LocaleResolver> languages) {
        this.providers = providers;
        this.languages = languages;
    }

    @GetMapping(path = "/login", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(HttpServletRequest request) {
        Words words = ProblemResponses.speaksFrench(request, languages.getIfAvailable()) ? FRENCH : ENGLISH;
        StringBuilder html = new StringBuilder()
                .append("<!DOCTYPE html><html lang=\"").append(words.lang()).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(words.title()).append(" – Démarche</title>")
                .append("<link rel=\"stylesheet\" href=\"/demarche/site.css\">")
                .append("</head><body>")
                .append("<header class=\"site\"><p class=\"brand\">Démarche</p><div class=\"account\">")
                .append("<nav class=\"languages\" aria-label=\"").append(words.language()).append("\"><ul>")
                .append("<li><a href=\"/login?lang=en\" lang=\"en\" hreflang=\"en\"")
                .append(words == ENGLISH ? " aria-current=\"true\"" : "").append(">English</a></li>")
                .append("<li><a href=\"/login?lang=fr\" lang=\"fr\" hreflang=\"fr\"")
                .append(words == FRENCH ? " aria-current=\"true\"" : "").append(">Français</a></li>")
                .append("</ul></nav></div></header>")
                .append("<main id=\"main\" class=\"narrow\"><h1>").append(words.heading()).append("</h1>");
        if (request.getParameter("error") != null) {
            html.append("<p class=\"error-summary\" role=\"alert\" id=\"sign-in-error\">").append(words.failed()).append("</p>");
        }
        if (request.getParameter("logout") != null) {
            html.append("<p class=\"notice\" role=\"status\">").append(words.signedOut()).append("</p>");
        }
        html.append("<form method=\"post\" action=\"/login\">")
                .append("<label for=\"username\">").append(words.user()).append("</label>")
                .append("<input type=\"text\" id=\"username\" name=\"username\" autocomplete=\"username\" required autofocus>")
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
