package org.demarche.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class OutreachPropertiesTest {

    private static final String SECRET = "a-secret-of-thirty-two-bytes-at-least!";

    @Test
    void dropsATrailingSlashFromThePublicBaseUrl() {
        assertThat(properties("https://sign.example.org/", "none", SECRET).publicBaseUrl())
                .isEqualTo("https://sign.example.org");
    }

    @Test
    void refusesQuietHoursThatAreNotARange() {
        assertThatThrownBy(() -> properties("http://localhost:8083", "evenings", SECRET))
                .hasMessageContaining("demarche.outreach.quiet-hours")
                .hasMessageContaining("evenings");
    }

    @Test
    void refusesATokenSecretShorterThan32BytesWithoutRepeatingIt() {
        assertThatThrownBy(() -> properties("http://localhost:8083", "none", "too-short-secret"))
                .hasMessageContaining("demarche.outreach.token-secret")
                .hasMessageContaining("DEMARCHE_OUTREACH_TOKENSECRET")
                .hasMessageContaining("32 bytes")
                .hasMessageNotContaining("too-short-secret");
    }

    @Test
    void refusesAMissingTokenSecret() {
        assertThatThrownBy(() -> properties("http://localhost:8083", "none", null))
                .hasMessageContaining("demarche.outreach.token-secret");
    }

    @Test
    void countsTheSecretInBytesNotCharacters() {
        // 16 characters, 32 bytes in UTF-8
        assertThat(properties("http://localhost:8083", "none", "éééééééééééééééé").tokenSecret()).hasSize(16);
    }

    @Test
    void knowsWhenTheLocalSecretIsInUse() {
        assertThat(properties("http://localhost:8083", "none", OutreachProperties.LOCAL_TOKEN_SECRET)
                .usesLocalTokenSecret()).isTrue();
        assertThat(properties("http://localhost:8083", "none", SECRET).usesLocalTokenSecret()).isFalse();
    }

    @Test
    void takesTheReplyAddressAsWrittenAndNoneWhenBlank() {
        assertThat(withReplyTo(" Coalition <coalition@example.org> ").replyTo()).isEqualTo("Coalition <coalition@example.org>");
        assertThat(withReplyTo("  ").replyTo()).isNull();
    }

    @Test
    void keepsTheSecretOutOfItsDescription() {
        assertThat(properties("http://localhost:8083", "none", SECRET).toString()).doesNotContain(SECRET);
    }

    private static OutreachProperties withReplyTo(String replyTo) {
        return new OutreachProperties("http://localhost:8083", "x@example.org", replyTo, "none", SECRET,
                new OutreachProperties.LetterFetch(Duration.ofSeconds(1), Duration.ofSeconds(2)), 1, Duration.ofSeconds(15),
                null);
    }

    private static OutreachProperties properties(String publicBaseUrl, String quietHours, String secret) {
        return new OutreachProperties(publicBaseUrl, "x@example.org", null, quietHours, secret,
                new OutreachProperties.LetterFetch(Duration.ofSeconds(1), Duration.ofSeconds(2)), 1, Duration.ofSeconds(15),
                null);
    }
}
