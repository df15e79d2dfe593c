package org.demarche.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import jakarta.mail.internet.MimeUtility;

/**
 * One message as the {@link SmtpSink} received it, read the way a mail client would: recipient,
 * sender, Reply-To, subject, Message-ID, any header, the text and HTML parts, the attachments and
 * the partner's personal {@code /sign/} link.
 *
 * <p>The sink keeps one copy per recipient; {@link #recipient()} is the first To address, which is
 * the mailbox the copy was delivered to for the product's one-recipient emails.
 */
public final class ReceivedMail {

    private static final String PDF = "application/pdf";
    private static final String SIGN_PATH = "/sign/";
    /** A personal link, absolute or not: everything up to {@code /sign/} and the token after it. */
    private static final Pattern SIGN_ON_LINK = Pattern.compile("\\S*/sign/[A-Za-z0-9._~-]+");

    private final MimeMessage message;
    private final String recipient;
    private final String from;
    private final String replyTo;
    private final String subject;
    private final String messageId;
    private final String text;
    private final String html;
    private final List<Attachment> attachments;

    private ReceivedMail(MimeMessage message) throws MessagingException, IOException {
        this.message = message;
        Address[] to = message.getRecipients(MimeMessage.RecipientType.TO);
        this.recipient = to == null || to.length == 0 ? "" : ((InternetAddress) to[0]).getAddress();
        Address[] senders = message.getFrom();
        this.from = senders == null || senders.length == 0 ? null : ((InternetAddress) senders[0]).getAddress();
        // not getReplyTo(), which answers From when there is no Reply-To
        String replyToHeader = message.getHeader("Reply-To", ",");
        this.replyTo = replyToHeader == null ? null : InternetAddress.parseHeader(replyToHeader, true)[0].getAddress();
        this.subject = message.getSubject();
        this.messageId = message.getMessageID();
        Object content = message.getContent();
        this.text = part(content, "text/plain").orElse(null);
        this.html = part(content, "text/html").orElse(null);
        List<Attachment> found = new ArrayList<>();
        collectAttachments(content, found);
        this.attachments = List.copyOf(found);
    }

    /** Reads a received message; fails with an {@link IllegalStateException} when it cannot be read. */
    public static ReceivedMail of(MimeMessage message) {
        try {
            return new ReceivedMail(message);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("cannot read a received message", e);
        }
    }

    /** The token at the end of a personal link {@code …/sign/{token}}. */
    public static String tokenOf(String link) {
        return link.substring(link.lastIndexOf(SIGN_PATH) + SIGN_PATH.length());
    }

    /** The bare address of the first To recipient; empty when there is none. */
    public String recipient() {
        return recipient;
    }

    /** The bare address of the sender. */
    public String from() {
        return from;
    }

    /** The bare address of the Reply-To header; null when the message has none (then a reply goes to {@link #from()}). */
    public String replyTo() {
        return replyTo;
    }

    public String subject() {
        return subject;
    }

    /** The Message-ID header, angle brackets included, as the sender reports it. */
    public String messageId() {
        return messageId;
    }

    /** Every value of the header {@code name}, joined with commas; null when the message has none. */
    public String header(String name) {
        try {
            return message.getHeader(name, ",");
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot read the header " + name, e);
        }
    }

    /** The text part (or the whole body of a plain-text message); null when there is none. */
    public String text() {
        return text;
    }

    /** The HTML part; null when there is none. */
    public String html() {
        return html;
    }

    /** The attached files, in the order of the message. */
    public List<Attachment> attachments() {
        return attachments;
    }

    public List<Attachment> pdfs() {
        return attachments.stream().filter(Attachment::isPdf).toList();
    }

    /** The personal link {@code …/sign/{token}} in the text part. */
    public String signOnLink() {
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

    /** The token at the end of the personal link in the text part. */
    public String signOnToken() {
        return tokenOf(signOnLink());
    }

    /** The message as received, for what this reader does not say. */
    public MimeMessage message() {
        return message;
    }

    @Override
    public String toString() {
        return "'" + subject + "' to " + recipient + (attachments.isEmpty() ? "" : " " + attachments);
    }

    private static Optional<String> part(Object content, String type) throws MessagingException, IOException {
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

    private static void collectAttachments(Object content, List<Attachment> found) throws MessagingException, IOException {
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

    /** A file attached to a message; {@code contentType} as its header says it, parameters included. */
    public record Attachment(String filename, String contentType, byte[] content) {

        public boolean isPdf() {
            return contentType.toLowerCase(Locale.ROOT).startsWith(PDF);
        }

        @Override
        public String toString() {
            return filename + " (" + contentType + ", " + content.length + " bytes)";
        }
    }
}
