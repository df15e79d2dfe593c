package org.demarche.platform.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Protection against password guessing ({@code demarche.login.*}).
 *
 * @param maxFailures wrong passwords in a row after which the account is locked
 * @param lockout     how long a locked account stays locked
 */
@ConfigurationProperties("demarche.login")
public record LoginProperties(
        @DefaultValue("5") int maxFailures,
        @DefaultValue("PT15M") Duration lockout) {

    public LoginProperties {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("demarche.login.max-failures must be at least 1, was " + maxFailures);
        }
    }
}
