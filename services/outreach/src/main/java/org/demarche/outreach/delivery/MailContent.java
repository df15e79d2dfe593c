package org.demarche.outreach.delivery;

/** What an email says: its subject and the same message as plain text and as HTML. */
public record MailContent(String subject, String text, String html) {
}
