package org.demarche.outreach;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

/** Reads what the SMTP sink received: recipient, text and HTML parts, attachments, personal link. */
public final class ReceivedMail {

    private final MimeMessage message;

    public ReceivedMail(MimeMessage message) {
        this.message = message;
    }

    /** The message with this Message-ID (as EmailSent reports it), once the sink has it. */
    public static ReceivedMail withMessageId(org.demarche.testsupport.SmtpSink smtp, String messageId) {
        return org.awaitility.Awaitility.await("message " + messageId + " at the SMTP sink")
                .atMost(java.time.Duration.ofSeconds(30)).pollInterval(java.time.Duration.ofMillis(50))
                .until(() -> smtp.receivedMessages().stream().map(ReceivedMail::new)
                        .filter(mail -> messageId.equals(mail.header("Message-ID"))).findFirst(), java.util.Optional::isPresent)
                .orElseThrow();
    }

    public static List<ReceivedMail> to(String address, List<MimeMessage> messages) {
        return messages.stream().map(ReceivedMail::new).filter(mail -> mail.recipient().equals(address)).toList();
    }

    public String recipient() {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public String subject() {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public String header(String name) {
        try {
            return message.getHeader(name, ",");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public String text() {
        return partOfType("text/plain");
    }

    public String html() {
        return partOfType("text/html");
    }

    /** The personal sign-on link: the line of the text part that holds {@code /sign/}. */
    public String signOnLink() {
        return text().lines().filter(line -> line.contains("/sign/")).findFirst()
                .orElseThrow(() -> new AssertionError("no /sign/ link in the text part of " + subject()))
                .strip();
    }

    /** The token at the end of the personal link. */
    public String signOnToken() {
        String link = signOnLink();
        return link.substring(link.lastIndexOf("/sign/") + "/sign/".length());
    }

    public List<Attached> attachments() {
        try {
            List<Attached> found = new ArrayList<>();
            collectAttachments(message.getContent(), found);
            return found;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String partOfType(String type) {
        try {
            return find(message.getContent(), type);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String find(Object content, String type) throws Exception {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                    return part.getContent().toString();
                }
                String nested = find(part.getContent(), type);
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }

    private static void collectAttachments(Object content, List<Attached> found) throws Exception {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                    try (InputStream in = part.getInputStream()) {
                        var bytes = new ByteArrayOutputStream();
                        in.transferTo(bytes);
                        found.add(new Attached(MimeUtility.decodeText(part.getFileName()),
                                part.getContentType(), bytes.toByteArray()));
                    }
                } else {
                    collectAttachments(part.getContent(), found);
                }
            }
        }
    }

    /** A file attached to a received email; {@code contentType} as the header says it, parameters included. */
    public record Attached(String filename, String contentType, byte[] content) {
    }
}
