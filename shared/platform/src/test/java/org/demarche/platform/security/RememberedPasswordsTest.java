package org.demarche.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class RememberedPasswordsTest {

    private final AtomicInteger bcryptChecks = new AtomicInteger();
    private final PasswordEncoder bcrypt = new PasswordEncoder() {
        private final PasswordEncoder real = new BCryptPasswordEncoder(4);

        @Override
        public String encode(CharSequence rawPassword) {
            return real.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            bcryptChecks.incrementAndGet();
            return real.matches(rawPassword, encodedPassword);
        }
    };
    private Instant now = Instant.parse("2026-12-06T20:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final RememberedPasswords passwords = new RememberedPasswords(bcrypt, Duration.ofMinutes(10), 2, clock);

    @Test
    void aRightPasswordIsCheckedByBcryptOnceThenRememberedWhileItIsUsed() {
        String hash = passwords.encode("a long passphrase 2018");

        assertThat(passwords.matches("a long passphrase 2018", hash)).isTrue();
        now = now.plus(Duration.ofMinutes(9));
        assertThat(passwords.matches("a long passphrase 2018", hash)).isTrue();
        now = now.plus(Duration.ofMinutes(9));
        assertThat(passwords.matches("a long passphrase 2018", hash)).as("each use keeps it ten more minutes").isTrue();

        assertThat(bcryptChecks).hasValue(1);
    }

    @Test
    void aWrongPasswordIsAlwaysCheckedAndNeverRemembered() {
        String hash = passwords.encode("a long passphrase 2018");
        passwords.matches("a long passphrase 2018", hash);

        assertThat(passwords.matches("a long passphrase 2019", hash)).isFalse();
        assertThat(passwords.matches("a long passphrase 2019", hash)).isFalse();

        assertThat(bcryptChecks).hasValue(3);
    }

    @Test
    void aChangedPasswordOrAForgottenEntryGoesBackToBcrypt() {
        String before = passwords.encode("a long passphrase 2018");
        passwords.matches("a long passphrase 2018", before);
        String after = passwords.encode("her own passphrase");

        assertThat(passwords.matches("a long passphrase 2018", after)).as("the old password against the new hash").isFalse();
        now = now.plus(Duration.ofMinutes(11));
        assertThat(passwords.matches("a long passphrase 2018", before)).as("unused for ten minutes").isTrue();
        passwords.matches("her own passphrase", after);
        passwords.matches("a third passphrase", passwords.encode("a third passphrase"));
        assertThat(passwords.matches("a long passphrase 2018", before)).as("the least recently used of three, with room for two")
                .isTrue();

        assertThat(bcryptChecks).hasValue(6);
    }
}
