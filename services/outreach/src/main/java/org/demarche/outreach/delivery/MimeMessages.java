package org.demarche.outreach.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Turns a queued message into the email: From the configured sender (the service's own domain,
 * so that SPF and DKIM align under DMARC), Reply-To a person of the coalition (chosen when the
 * message was queued), the text and HTML parts, the calendar file and the PDF, and the headers
 * mail clients and providers rely on:
 * a Message-ID derived from the message's key, In-Reply-To/References to thread a reminder under
 * its request, and RFC 8058 one-click List-Unsubscribe.
 */
final class MimeMessages {

    /**
     * Jakarta Mail looks its stream provider up through the ServiceLoader for every multipart it
     * makes, which in the service's executable jar means scanning nested jars per message (measured:
     * the sender's busiest frame). Naming the one on the classpath makes it a plain instantiation.
     */
    private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    static {
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    /** RFC 5322 section 3.3, in UTC: e.g. {@code Fri, 27 Nov 2026 04:05:06 +0000}. */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss xx", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    static final String CALENDAR_NAME = "deadline.ics";
    static final String CALENDAR_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";

    private final JavaMailSender mail;
    private final InternetAddress sender;

    MimeMessages(JavaMailSender mail, InternetAddress sender) {
        this.mail = mail;
        this.sender = sender;
    }

    MimeMessage assemble(OutboundMessage message, Attachment attachment, Instant now) throws MessagingException {
        // made by the sender, so that it carries the sender's file-type map: without it, the helper
        // reads and parses the mime.types table again for every message
        MimeMessage mime = mail.createMimeMessage();
        var helper = new MimeMessageHelper(mime, true, "UTF-8");
        helper.setFrom(sender);
        helper.setTo(message.recipient());
        if (message.replyTo() != null) {
            helper.setReplyTo(message.replyTo());
        }
        helper.setSubject(message.content().subject());
        helper.setText(message.content().text(), message.content().html());
        EncodedText.encodeIn(helper.getRootMimeMultipart()); // written to the server in bulk, not a byte at a time
        if (message.calendar() != null) {
            helper.addAttachment(CALENDAR_NAME,
                    new ByteArrayDataSource(message.calendar().getBytes(StandardCharsets.UTF_8), CALENDAR_TYPE));
        }
        if (attachment != null) {
            attach(helper, attachment);
        }
        if (message.inReplyTo() != null) {
            mime.setHeader("In-Reply-To", message.inReplyTo());
            mime.setHeader("References", message.inReplyTo());
        }
        if (message.unsubscribeUrl() != null) {
            mime.setHeader("List-Unsubscribe", "<" + message.unsubscribeUrl() + ">");
            mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        // RFC 3834: no out-of-office answers to an automated message
        mime.setHeader("Auto-Submitted", "auto-generated");
        // RFC 5322 date, written directly: MimeMessage.setSentDate's MailDateFormat was a tenth of assembling
        mime.setHeader("Date", DATE.format(now));
        TransferEncodings.preset(mime); // the same choice saveChanges would make, without writing each part to make it
        mime.saveChanges();
        // after saving, which makes up a Message-ID of its own; sending writes the message as saved
        mime.setHeader("Message-ID", message.messageId());
        EncodedText.encodeFilesIn(helper.getRootMimeMultipart()); // the calendar and the PDF, encoded in bulk too
        return mime;
    }

    /**
     * Attaches the file in base64 whatever its bytes: a PDF can be plain ASCII, and sent as 7bit
     * its line ends would be rewritten on the way, which breaks the PDF's byte offsets.
     */
    private static void attach(MimeMessageHelper helper, Attachment file) throws MessagingException {
        helper.addAttachment(file.filename(), new ByteArrayResource(file.content()), file.contentType());
        MimeMultipart root = helper.getRootMimeMultipart();
        root.getBodyPart(root.getCount() - 1).setHeader("Content-Transfer-Encoding", "base64");
    }
}
