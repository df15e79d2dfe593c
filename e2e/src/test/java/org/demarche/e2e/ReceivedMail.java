package org.demarche.e2e;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

/**
 * One message as the SMTP server received it, read the way a mail client would: recipient,
 * subject, text and HTML parts, attachments, and which of the product's emails it is.
 *
 * @param from    the sender's address
 * @param replyTo the address of the Reply-To header; null when the message has none (then a reply goes to
 *                {@code from})
 * @param kind    {@code sign-on-request}, {@code reminder}, {@code final-letter} or {@code other}
 */
record ReceivedMail(String recipient, String from, String replyTo, String subject, String messageId, String text,
                    String html, List<Attachment> attachments, String kind) {

    static final String SIGN_ON_REQUEST = "sign-on-request";
    static final String REMINDER = "reminder";
    static final String FINAL_LETTER = "final-letter";
    static final String CONFIRMATION = "confirmation";
    static final String PDF = "application/pdf";

    private static final Pattern SIGN_ON_LINK = Pattern.compile("https?://\\S+/sign/[A-Za-z0-9._~-]+");

    /** A file attached to a message. */
    record Attachment(String filename, String contentType, byte[] content) {

        boolean isPdf() {
            return contentType.toLowerCase(Locale.ROOT).startsWith(PDF);
        }

        @Override
        public String toString() {
            return filename + " (" + contentType + ", " + content.length + " bytes)";
        }
    }

    static ReceivedMail of(MimeMessage message) {
        try {
            Address[] to = message.getRecipients(MimeMessage.RecipientType.TO);
            String recipient = to == null || to.length == 0 ? "" : ((InternetAddress) to[0]).getAddress();
            String from = ((InternetAddress) message.getFrom()[0]).getAddress();
            // not getReplyTo(), which answers From when there is no Reply-To
            String replyToHeader = message.getHeader("Reply-To", ",");
            String replyTo = replyToHeader == null ? null : InternetAddress.parseHeader(replyToHeader, true)[0].getAddress();
            String subject = message.getSubject();
            Object content = message.getContent();
            String text = part(content, "text/plain").orElse(null);
            String html = part(content, "text/html").orElse(null);
            List<Attachment> attachments = new ArrayList<>();
            collectAttachments(content, attachments);
            return new ReceivedMail(recipient, from, replyTo, subject, message.getMessageID(), text, html,
                    List.copyOf(attachments), kindOf(subject, attachments));
        } catch (Exception e) {
            throw new IllegalStateException("cannot read a received message", e);
        }
    }

    /**
     * Which email this is, told as a partner would tell it: the request to co-sign, the reminder and
     * the confirmation of an answer by their subjects, the final letter by its PDF.
     */
    private static String kindOf(String subject, List<Attachment> attachments) {
        if (attachments.stream().anyMatch(Attachment::isPdf)) {
            return FINAL_LETTER;
        }
        if (subject != null && subject.startsWith("Please co-sign")) {
            return SIGN_ON_REQUEST;
        }
        if (subject != null && subject.startsWith("Reminder")) {
            return REMINDER;
        }
        if (subject != null && subject.startsWith("Your answer is recorded")) {
            return CONFIRMATION;
        }
        return "other";
    }

    /** The personal link {@code …/sign/{token}} in the text part. */
    String signOnLink() {
        if (text == null) {
            throw new AssertionError("no text part in '" + subject + "' to " + recipient);
        }
        Matcher link = SIGN_ON_LINK.matcher(text);
        if (!link.find()) {
            throw new AssertionError("no …/sign/{token} link in the text part of '" + subject + "' to " + recipient
                    + ":\n" + text);
        }
        return link.group();
    }

    /** The token at the end of a personal link. */
    static String tokenOf(String link) {
        return link.substring(link.lastIndexOf("/sign/") + "/sign/".length());
    }

    List<Attachment> pdfs() {
        return attachments.stream().filter(Attachment::isPdf).toList();
    }

    private static Optional<String> part(Object content, String type) throws Exception {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                    return Optional.of(part.getContent().toString());
                }
                Optional<String> nested = part(part.getContent(), type);
                if (nested.isPresent()) {
                    return nested;
                }
            }
        } else if (content instanceof String single && type.equals("text/plain")) {
            return Optional.of(single);
        }
        return Optional.empty();
    }

    private static void collectAttachments(Object content, List<Attachment> found) throws Exception {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                    try (InputStream in = part.getInputStream()) {
                        var bytes = new ByteArrayOutputStream();
                        in.transferTo(bytes);
                        String filename = part.getFileName() == null ? "" : MimeUtility.decodeText(part.getFileName());
                        found.add(new Attachment(filename, part.getContentType(), bytes.toByteArray()));
                    }
                } else {
                    collectAttachments(part.getContent(), found);
                }
            }
        }
    }

    @Override
    public String toString() {
        return kind + " to " + recipient + ": '" + subject + "'" + (attachments.isEmpty() ? "" : " " + attachments);
    }
}
