package org.demarche.outreach;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How outreach writes to partners ({@code demarche.outreach.*}).
 *
 * @param publicBaseUrl where partners reach this service; personal links start with it
 * @param sender        the From address of every email
 * @param quietHours    partner-local hours in which reminders wait, e.g. {@code 20:00-08:00}, or {@code none}
 * @param tokenSecret   the HMAC key that signs partners' personal links; at least 32 bytes. Changing it
 *                      invalidates every link already sent
 * @param letterFetch   how the final letter's PDF is fetched from the campaigns service
 */
@ConfigurationProperties("demarche.outreach")
public record OutreachProperties(
        @DefaultValue("http://localhost:8083") String publicBaseUrl,
        @DefaultValue("Démarche <noreply@demarche.local>") String sender,
        @DefaultValue("20:00-08:00") String quietHours,
        @DefaultValue(LOCAL_TOKEN_SECRET) String tokenSecret,
        @DefaultValue LetterFetch letterFetch) {

    /** The secret that ships in application.yml: fine on a laptop, never in production. */
    public static final String LOCAL_TOKEN_SECRET = "local-only-secret-change-me-0123456789abcdef";

    /** HS256 needs a key as long as its hash. */
    public static final int MIN_TOKEN_SECRET_BYTES = 32;

    public OutreachProperties {
        publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
        if (!quietHours.equals("none") && !quietHours.matches("\\d{2}:\\d{2}-\\d{2}:\\d{2}")) {
            throw new IllegalArgumentException("demarche.outreach.quiet-hours must look like 20:00-08:00 or be 'none', was '"
                    + quietHours + "'");
        }
        int secretBytes = tokenSecret == null ? 0 : tokenSecret.getBytes(StandardCharsets.UTF_8).length;
        if (secretBytes < MIN_TOKEN_SECRET_BYTES) {
            // never echo the secret itself
            throw new IllegalArgumentException("demarche.outreach.token-secret (DEMARCHE_OUTREACH_TOKENSECRET) must be at least "
                    + MIN_TOKEN_SECRET_BYTES + " bytes long to sign partners' links with HS256; it has " + secretBytes);
        }
        if (letterFetch == null) {
            letterFetch = new LetterFetch(Duration.ofSeconds(5), Duration.ofSeconds(30));
        }
    }

    /** Whether the secret is still the one shipped for local use. */
    public boolean usesLocalTokenSecret() {
        return LOCAL_TOKEN_SECRET.equals(tokenSecret);
    }

    @Override
    public String toString() { // keeps the secret out of logs and failure analyses
        return "OutreachProperties[publicBaseUrl=" + publicBaseUrl + ", sender=" + sender + ", quietHours=" + quietHours
                + ", tokenSecret=***, letterFetch=" + letterFetch + "]";
    }

    /**
     * @param connectTimeout longest wait for a connection to the letter's URL
     * @param readTimeout    longest wait for the whole PDF
     */
    public record LetterFetch(
            @DefaultValue("5s") Duration connectTimeout,
            @DefaultValue("30s") Duration readTimeout) {
    }
}
