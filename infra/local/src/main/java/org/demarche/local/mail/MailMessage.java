package org.demarche.local.mail;

import java.time.Instant;
import java.util.List;

/**
 * A captured message, decoded for display.
 *
 * @param id         the file name without {@code .eml}
 * @param receivedAt when the sink received it
 * @param date       its {@code Date} header, if any
 * @param from       the {@code From} addresses, decoded ({@code Name <address>})
 * @param to         {@code To} and {@code Cc}, decoded; the envelope recipients if both are absent
 * @param subject    the decoded subject ({@code ""} if none)
 * @param headers    every header, in order, with encoded words decoded
 * @param text       the first {@code text/plain} body part, or {@code null}
 * @param html       the first {@code text/html} body part, or {@code null}
 * @param parts      every leaf part (bodies included), numbered in document order
 * @param size       bytes on disk
 */
public record MailMessage(String id, Instant receivedAt, Instant date, String from, List<String> to,
        String subject, List<HeaderLine> headers, String text, String html, List<Attachment> parts, long size) {

    public MailStore.MailSummary summary() {
        return new MailStore.MailSummary(this.id, this.receivedAt, this.date, this.from, this.to, this.subject);
    }

    /** The parts that are not the text or HTML body: files and inline images. */
    public List<Attachment> attachments() {
        return this.parts.stream().filter(Attachment::attachment).toList();
    }

    public record HeaderLine(String name, String value) {
    }

    /**
     * @param index       position among the leaf parts (the URL of its content)
     * @param contentType base MIME type, lower case
     * @param fileName    decoded file name, or {@code null}
     * @param contentId   {@code Content-ID} without angle brackets, or {@code null}
     * @param attachment  {@code false} for the text and HTML bodies
     * @param size        encoded size in bytes, or -1 if unknown
     */
    public record Attachment(int index, String contentType, String fileName, String contentId, boolean attachment,
            long size) {
    }
}
