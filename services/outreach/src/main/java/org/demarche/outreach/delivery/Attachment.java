package org.demarche.outreach.delivery;

import static java.util.Objects.requireNonNull;

/**
 * A file sent with an email, kept with the queued message so that sending it again needs nothing
 * from elsewhere.
 *
 * @param filename    the name the recipient sees
 * @param contentType its MIME type, e.g. {@code application/pdf}
 * @param content     the bytes
 */
public record Attachment(String filename, String contentType, byte[] content) {

    public Attachment {
        requireNonNull(filename, "filename is required");
        requireNonNull(contentType, "contentType is required");
        requireNonNull(content, "content is required");
    }
}
