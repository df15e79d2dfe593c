package org.demarche.testsupport;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;

import org.assertj.core.api.SoftAssertions;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Walks a service's endpoints × callers and checks each answer against the roles: a caller below
 * an endpoint's least role is refused — 401 for an anonymous API or Actuator call, a redirect to the sign-in
 * page for an anonymous page, 403 for a role too low — and a caller at or above it gets past
 * security (whatever the endpoint then says about the empty request). Every mismatch is reported
 * at once, as a table a reader can check against API.md.
 */
public final class AccessMatrix {

    /** Who calls, from nobody to the administrator; each includes the ones before it. */
    public enum Caller {
        ANONYMOUS, LEAD, COORDINATOR, ADMIN;

        RequestPostProcessor identity() {
            return this == ANONYMOUS ? anonymous() : user(name().toLowerCase()).roles(name());
        }
    }

    /** @param least the least caller allowed; {@link Caller#ANONYMOUS} for an open endpoint */
    public record Endpoint(HttpMethod method, String path, Caller least) {
    }

    private final List<Endpoint> endpoints = new ArrayList<>();

    public static AccessMatrix endpoints() {
        return new AccessMatrix();
    }

    public AccessMatrix open(HttpMethod method, String path) {
        return add(method, path, Caller.ANONYMOUS);
    }

    public AccessMatrix lead(HttpMethod method, String path) {
        return add(method, path, Caller.LEAD);
    }

    public AccessMatrix coordinator(HttpMethod method, String path) {
        return add(method, path, Caller.COORDINATOR);
    }

    public AccessMatrix admin(HttpMethod method, String path) {
        return add(method, path, Caller.ADMIN);
    }

    private AccessMatrix add(HttpMethod method, String path, Caller least) {
        endpoints.add(new Endpoint(method, path, least));
        return this;
    }

    public List<Endpoint> list() {
        return List.copyOf(endpoints);
    }

    /** Calls every endpoint as every caller (with a CSRF token, as a page's form would send). */
    public void check(MockMvc http) throws Exception {
        SoftAssertions softly = new SoftAssertions();
        for (Endpoint endpoint : endpoints) {
            for (Caller caller : Caller.values()) {
                MockHttpServletResponse response = http.perform(request(endpoint.method(), endpoint.path())
                                .with(caller.identity()).with(csrf())
                                .contentType(MediaType.APPLICATION_JSON).content("{}"))
                        .andReturn().getResponse();
                softly.assertThat(outcome(response))
                        .as("%s %s as %s", endpoint.method(), endpoint.path(), caller)
                        .isEqualTo(expected(endpoint, caller));
            }
        }
        softly.assertAll();
    }

    private static String expected(Endpoint endpoint, Caller caller) {
        if (caller.compareTo(endpoint.least()) >= 0) {
            return "allowed";
        }
        if (caller == Caller.ANONYMOUS) {
            return endpoint.path().startsWith("/api/") || endpoint.path().startsWith("/actuator/") ? "401" : "sign-in page";
        }
        return "403";
    }

    private static String outcome(MockHttpServletResponse response) {
        int status = response.getStatus();
        String location = response.getHeader("Location");
        if (status == 302 && location != null && location.endsWith("/login")) {
            return "sign-in page";
        }
        if (status == 401 || status == 403) {
            return String.valueOf(status);
        }
        return "allowed";
    }
}
