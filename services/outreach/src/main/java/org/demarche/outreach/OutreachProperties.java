package org.demarche.outreach;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How outreach writes to partners ({@code demarche.outreach.*}).
 *
 * @param publicBaseUrl where partners reach this service; personal links start with it
 * @param sender        the From address of every email
 * @param quietHours    partner-local hours in which reminders wait, e.g. {@code 20:00-08:00}, or {@code none}
 */
@ConfigurationProperties("demarche.outreach")
public record OutreachProperties(
        @DefaultValue("http://localhost:8083") String publicBaseUrl,
        @DefaultValue("Démarche <noreply@demarche.local>") String sender,
        @DefaultValue("20:00-08:00") String quietHours) {

    public OutreachProperties {
        publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
        if (!quietHours.equals("none") && !quietHours.matches("\\d{2}:\\d{2}-\\d{2}:\\d{2}")) {
            throw new IllegalArgumentException("demarche.outreach.quiet-hours must look like 20:00-08:00 or be 'none', was '"
                    + quietHours + "'");
        }
    }
}
