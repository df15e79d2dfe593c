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
 * @param replyTo       where partners' replies go when the campaign names no coordinator's address, before the
 *                      first lead partner's contact: a person or a mailbox people read; optional, one address
 *                      (a display name is welcome)
 * @param quietHours    partner-local hours in which reminders wait, e.g. {@code 20:00-08:00}, or {@code none}
 * @param tokenSecret   the HMAC key that signs partners' personal links; at least 32 bytes. Changing it
 *                      invalidates every link already sent
 * @param letterFetch   how the final letter's PDF is fetched from the campaigns service
 * @param maxReminders  the most reminders one partner gets about one campaign, whatever campaigns asks for
 * @param reminderMinGap a reminder asked for less than this after the partner's request went out (or while
 *                      it still waits to go) is folded into that request: a partner added late gets one
 *                      consolidated request rather than a request and an overdue reminder at once. Short
 *                      by default so that plans compressed to minutes (demos) still remind
 * @param delivery      how queued messages reach the SMTP server
 */
@ConfigurationProperties("demarche.outreach")
public record OutreachProperties(
        @DefaultValue("http://localhost:8083") String publicBaseUrl,
        @DefaultValue("Démarche <noreply@demarche.local>") String sender,
        String replyTo,
        @DefaultValue("20:00-08:00") String quietHours,
        @DefaultValue(LOCAL_TOKEN_SECRET) String tokenSecret,
        @DefaultValue LetterFetch letterFetch,
        @DefaultValue("1") int maxReminders,
        @DefaultValue("15s") Duration reminderMinGap,
        @DefaultValue Delivery delivery) {

    /** The secret that ships in application.yml: fine on a laptop, never in production. */
    public static final String LOCAL_TOKEN_SECRET = "local-only-secret-change-me-0123456789abcdef";

    /** HS256 needs a key as long as its hash. */
    public static final int MIN_TOKEN_SECRET_BYTES = 32;

    public OutreachProperties {
        publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
        replyTo = replyTo == null || replyTo.isBlank() ? null : replyTo.strip(); // checked by ReplyAddress
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
        if (maxReminders < 0) {
            throw new IllegalArgumentException("demarche.outreach.max-reminders must be 0 or more, was " + maxReminders);
        }
        if (reminderMinGap == null || reminderMinGap.isNegative()) {
            reminderMinGap = Duration.ZERO;
        }
        if (delivery == null) {
            delivery = Delivery.defaults();
        }
    }

    /** Whether the secret is still the one shipped for local use. */
    public boolean usesLocalTokenSecret() {
        return LOCAL_TOKEN_SECRET.equals(tokenSecret);
    }

    @Override
    public String toString() { // keeps the secret out of logs and failure analyses
        return "OutreachProperties[publicBaseUrl=" + publicBaseUrl + ", sender=" + sender + ", replyTo=" + replyTo
                + ", quietHours=" + quietHours
                + ", tokenSecret=***, letterFetch=" + letterFetch + ", maxReminders=" + maxReminders
                + ", reminderMinGap=" + reminderMinGap + ", delivery=" + delivery + "]";
    }

    /**
     * @param connectTimeout longest wait for a connection to the letter's URL
     * @param readTimeout    longest wait for the whole PDF
     */
    public record LetterFetch(
            @DefaultValue("5s") Duration connectTimeout,
            @DefaultValue("30s") Duration readTimeout) {
    }

    /**
     * How queued messages reach the SMTP server ({@code demarche.outreach.delivery.*}).
     *
     * @param batchSize            messages claimed at once and sent over one SMTP connection
     * @param connections          SMTP connections used side by side, each sending its own batches
     * @param rateLimit            most messages per second to one SMTP host, all connections together; 0 for no limit
     * @param maxAttempts          attempts for a message whose failures are transient (4xx, refused connection)
     *                             before it is reported as failed; a permanent failure (5xx) is never retried
     * @param retryInitialInterval wait before the second attempt; each further one waits {@code retryMultiplier}
     *                             times longer, up to {@code retryMaxInterval}
     * @param claimTimeout         how long a message being sent stays claimed by its sender; one claimed by a
     *                             process that died is taken back after this
     * @param campaignInterleave   how far apart, in the queue's order, the messages one campaign queues together
     *                             are placed, so that other campaigns' messages take turns with them: with 1s a
     *                             campaign of 31 partners queued first delays another campaign's first email by
     *                             one message, not 31; 0 for strict first-come order
     */
    public record Delivery(
            @DefaultValue("50") int batchSize,
            @DefaultValue("2") int connections,
            @DefaultValue("0") double rateLimit,
            @DefaultValue("8") int maxAttempts,
            @DefaultValue("30s") Duration retryInitialInterval,
            @DefaultValue("2.0") double retryMultiplier,
            @DefaultValue("30m") Duration retryMaxInterval,
            @DefaultValue("5m") Duration claimTimeout,
            @DefaultValue("1s") Duration campaignInterleave) {

        public Delivery {
            if (batchSize < 1 || connections < 1 || maxAttempts < 1) {
                throw new IllegalArgumentException("demarche.outreach.delivery.batch-size, .connections and "
                        + ".max-attempts must be at least 1");
            }
            if (rateLimit < 0 || retryMultiplier < 1) {
                throw new IllegalArgumentException("demarche.outreach.delivery.rate-limit must be 0 or more and "
                        + ".retry-multiplier at least 1");
            }
            if (campaignInterleave.isNegative()) {
                throw new IllegalArgumentException("demarche.outreach.delivery.campaign-interleave must be 0 or more");
            }
        }

        static Delivery defaults() {
            return new Delivery(50, 2, 0, 8, Duration.ofSeconds(30), 2.0, Duration.ofMinutes(30), Duration.ofMinutes(5),
                    Duration.ofSeconds(1));
        }
    }
}
