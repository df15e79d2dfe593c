package org.demarche.platform.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Signing in ({@code demarche.login.*}).
 *
 * @param maxFailures    wrong passwords in a row after which the account is locked
 * @param lockout        how long a locked account stays locked
 * @param cookieSecret   HMAC key (at least 32 bytes) shared by every service: with it, one sign-in
 *                       opens every service's pages on the same host (a signed cookie); without
 *                       it, each service keeps its own sign-in session
 * @param cookieLifetime how long one sign-in lasts
 * @param rememberPasswords how long after its last use a password found right is remembered, so that
 *                       HTTP Basic calls do not each pay for bcrypt ({@link RememberedPasswords});
 *                       zero checks every call with bcrypt
 */
@ConfigurationProperties("demarche.login")
public record LoginProperties(
        @DefaultValue("5") int maxFailures,
        @DefaultValue("PT15M") Duration lockout,
        String cookieSecret,
        @DefaultValue("PT8H") Duration cookieLifetime,
        @DefaultValue("PT10M") Duration rememberPasswords) {

    public LoginProperties {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("demarche.login.max-failures must be at least 1, was " + maxFailures);
        }
        if (cookieSecret != null && !cookieSecret.isBlank()
                && cookieSecret.getBytes(StandardCharsets.UTF_8).length < 32) {
            throw new IllegalArgumentException("demarche.login.cookie-secret must be at least 32 bytes");
        }
    }

    public boolean singleSignOn() {
        return cookieSecret != null && !cookieSecret.isBlank();
    }
}
