package org.demarche.intake.page;

import java.util.Locale;

import org.demarche.platform.security.Role;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every coordinators' page shows around its content: the dashboard's address, the page's
 * language and whether the person signed in may change things. Leads may look at every page; the
 * pages hide the controls they could not use (the platform refuses their changes anyway).
 */
@ControllerAdvice(annotations = ConsolePage.class)
class ConsoleModel {

    private static final String MAY_CHANGE = "ROLE_" + Role.COORDINATOR.name();

    private final ConsoleProperties properties;
    private final RoleHierarchy roles;

    ConsoleModel(ConsoleProperties properties, RoleHierarchy roles) {
        this.properties = properties;
        this.roles = roles;
    }

    @ModelAttribute("dashboardUrl")
    String dashboardUrl() {
        return properties.dashboardUrl();
    }

    /** Whether the person is a coordinator or more: the role hierarchy says an administrator is one too. */
    @ModelAttribute("canChange")
    boolean canChange(Authentication authentication) {
        return authentication != null && roles.getReachableGrantedAuthorities(authentication.getAuthorities()).stream()
                .anyMatch(authority -> MAY_CHANGE.equals(authority.getAuthority()));
    }

    /** The other language the pages offer, for the switch in the header. */
    @ModelAttribute("otherLanguage")
    String otherLanguage(Locale locale) {
        return ConsoleLocales.FRENCH.getLanguage().equals(locale.getLanguage()) ? "en" : "fr";
    }
}
