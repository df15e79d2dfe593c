package org.demarche.outreach.partnermail;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The sentences of partners' emails, from the {@code mail} message bundle in the partner's
 * language (English when the bundle has no such language or no such sentence).
 */
@Component
public class MailWording {

    private final MessageSource messages;

    public MailWording(MessageSource messages) {
        this.messages = messages;
    }

    public Locale localeFor(String languageTag) {
        return PartnerLanguage.closestTo(languageTag);
    }

    public String say(Locale locale, String code, Object... arguments) {
        return messages.getMessage(code, arguments, locale);
    }
}
