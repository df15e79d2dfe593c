package org.demarche.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The administrator every test context gets ({@code demarche.admin.*}, lowest precedence, so a
 * test may set its own), for tests that call a service over real HTTP with HTTP Basic. MockMvc
 * tests act as a role instead, with Spring Security's {@code user(..)} or {@code @WithMockUser}.
 */
public final class TestAccounts {

    public static final String ADMIN = "test-admin";
    public static final String ADMIN_PASSWORD = "test-admin-password-not-secret";

    private TestAccounts() {
    }

    /** The {@code Authorization} header value for the test administrator. */
    public static String adminAuthorization() {
        return basic(ADMIN, ADMIN_PASSWORD);
    }

    public static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
