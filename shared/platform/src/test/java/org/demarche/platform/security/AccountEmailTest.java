package org.demarche.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AccountEmailTest {

    @Test
    void keepsAnAddressAsTypedLessTheSpacesAround() {
        assertThat(AccountEmail.of("  amina.karimova@coalition.example.org\n")).contains("amina.karimova@coalition.example.org");
        assertThat(AccountEmail.of("Gülnarə@hrc.example.az")).as("international addresses (RFC 6531)")
                .contains("Gülnarə@hrc.example.az");
    }

    @Test
    void noAddressIsNoAddress() {
        assertThat(AccountEmail.of(null)).isEmpty();
        assertThat(AccountEmail.of("   ")).isEmpty();
    }

    @Test
    void refusesWhatIsNotOneAddressTheEventsCouldCarry() {
        for (String unreadable : new String[] {"amina", "amina@localhost", "amina karimova@example.org",
                "Amina <amina@example.org>", "amina@example.org, noor@example.org", "a@b@example.org"}) {
            assertThatThrownBy(() -> AccountEmail.of(unreadable)).as(unreadable)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not one email address");
            assertThat(AccountEmail.isValid(unreadable)).as(unreadable).isFalse();
        }
        assertThat(AccountEmail.isValid("x".repeat(250) + "@example.org")).as("longer than SMTP carries").isFalse();
    }

    @Test
    void comparesAddressesWithoutRegardToCase() {
        assertThat(AccountEmail.same("NoReply@Demarche.example.org", "noreply@demarche.example.org ")).isTrue();
        assertThat(AccountEmail.same("noreply@demarche.example.org", null)).isFalse();
    }
}
