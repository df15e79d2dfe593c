package org.demarche.campaigns.console;

import jakarta.servlet.http.HttpServletRequest;

import org.demarche.campaigns.CampaignsProperties;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every console page shows around its content: the navigation (with the other services'
 * pages), the language switch for the page at hand, and whether the person may change things.
 */
@ControllerAdvice(annotations = ConsolePage.class)
class ConsoleNavigation {

    private static final String COORDINATOR = "ROLE_COORDINATOR";

    private final CampaignsProperties properties;
    private final RoleHierarchy roles;

    ConsoleNavigation(CampaignsProperties properties, RoleHierarchy roles) {
        this.properties = properties;
        this.roles = roles;
    }

    @ModelAttribute("nav")
    Nav nav(HttpServletRequest request, Authentication authentication) {
        return new Nav(properties.dashboardUrl() + "/", properties.intakeUrl() + "/meetings", request.getRequestURI(),
                mayChange(authentication));
    }

    /** Coordinators and administrators change things; leads look. */
    boolean mayChange(Authentication authentication) {
        return authentication != null && roles.getReachableGrantedAuthorities(authentication.getAuthorities()).stream()
                .map(GrantedAuthority::getAuthority).anyMatch(COORDINATOR::equals);
    }

    /**
     * @param path      this page, for the language switch's links
     * @param mayChange whether the forms that change things are shown
     */
    record Nav(String dashboardUrl, String intakeMeetingsUrl, String path, boolean mayChange) {
    }
}
