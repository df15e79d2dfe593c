package org.demarche.outreach;

import org.demarche.outreach.partnermail.MailWording;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The partners' wording as the application reads it (application.yml's spring.messages), for unit tests. */
public final class Wording {

    private Wording() {
    }

    public static MailWording asConfigured() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages", "mail");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new MailWording(messages);
    }

    /** Properties as in application.yml, with this token secret and quiet hours. */
    public static OutreachProperties properties(String quietHours, String secret) {
        return new OutreachProperties("http://localhost:8083", "Démarche <noreply@demarche.example.org>", null, quietHours,
                secret, new OutreachProperties.LetterFetch(java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(2)),
                1, java.time.Duration.ofSeconds(15), null);
    }
}
