package org.demarche.dashboard.calendar;

import java.util.List;

import org.demarche.platform.security.Role;
import org.demarche.platform.security.ServiceAccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * A calendar application cannot sign in: the secret token in a feed's address is its key. Taking
 * or dropping a feed of one's own changes no campaign, so a lead may.
 */
@Component
class CalendarFeedAccess implements ServiceAccessRules {

    @Override
    public List<String> openPaths() {
        return List.of("/calendar/*.ics");
    }

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.POST, "/api/calendar-feeds").hasRole(Role.LEAD.name());
        rules.requestMatchers(HttpMethod.DELETE, "/api/calendar-feeds/*").hasRole(Role.LEAD.name());
    }
}
