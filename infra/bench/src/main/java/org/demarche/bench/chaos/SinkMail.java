package org.demarche.bench.chaos;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;

/**
 * One message as the SMTP sink recorded it: to whom, under which Message-ID. Outreach derives a
 * Message-ID from what the message is ({@code <kind.occasion.digest@domain>}), so the same
 * message sent again has the same id and two different messages never share one.
 */
record SinkMail(String recipient, String messageId, MimeMessage message) {

    private static final Pattern SIGN_ON_LINK = Pattern.compile("/sign/([A-Za-z0-9._~-]+)");

    static List<SinkMail> all(GreenMail smtp) {
        List<SinkMail> mails = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            try {
                Address[] to = message.getRecipients(MimeMessage.RecipientType.TO);
                String recipient = to == null || to.length == 0 ? "" : ((InternetAddress) to[0]).getAddress();
                mails.add(new SinkMail(recipient.toLowerCase(java.util.Locale.ROOT), message.getMessageID(), message));
            } catch (MessagingException e) {
                throw new IllegalStateException("cannot read a message the sink received", e);
            }
        }
        return mails;
    }

    /** {@code sign-on-request}, {@code reminder}, {@code confirmation}, {@code final-letter}, as the id says. */
    String kind() {
        if (messageId == null || !messageId.startsWith("<") || messageId.indexOf('.') < 0) {
            return "unknown";
        }
        return messageId.substring(1, messageId.indexOf('.'));
    }

    /** The token of the personal link in the text part. */
    Optional<String> signOnToken() {
        try {
            return text(message.getContent()).map(SIGN_ON_LINK::matcher).filter(Matcher::find).map(m -> m.group(1));
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the message " + messageId + " to " + recipient, e);
        }
    }

    private static Optional<String> text(Object content) throws Exception {
        if (content instanceof String single) {
            return Optional.of(single);
        }
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                    return Optional.of(part.getContent().toString());
                }
                Optional<String> nested = text(part.getContent());
                if (nested.isPresent()) {
                    return nested;
                }
            }
        }
        return Optional.empty();
    }
}
