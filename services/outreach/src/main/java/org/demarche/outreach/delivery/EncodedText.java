package org.demarche.outreach.delivery;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePartDataSource;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;

/**
 * A message's text and HTML parts encoded once, into memory, before it is sent. Left to Jakarta
 * Mail, a part's quoted-printable encoder hands the socket's chain of streams (dot-stuffing, line
 * ends, buffering) one byte at a time while the message is written to the server: measured, the
 * sender's busiest path. Encoded here with the same encoder into a plain buffer, the part is
 * written as a parsed message's part is, its bytes copied as they are.
 *
 * <p>The email does not change: the same headers (Content-Type as it was set, and the
 * Content-Transfer-Encoding Jakarta Mail would choose, see {@link TransferEncodings}) and the same
 * encoded bytes, made by Jakarta Mail's own encoder.
 */
final class EncodedText {

    private static final String CONTENT_TYPE = "Content-Type";

    private EncodedText() {
    }

    /**
     * Replaces each UTF-8 text part held as a string under {@code parts}, nested multiparts
     * included, by its encoded equivalent. Attachments (parts made from a file or with a
     * disposition) are left as they are.
     */
    static void encodeIn(MimeMultipart parts) throws MessagingException {
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (!(part instanceof MimeBodyPart mime) || mime.getDataHandler().getName() != null
                    || mime.getHeader("Content-Disposition") != null
                    || mime.getHeader(TransferEncodings.HEADER) != null) {
                continue;
            }
            // held as objects here (a part's content type may not say multipart: Spring's says text/alternative)
            Object content = contentOf(mime);
            if (content instanceof MimeMultipart nested) {
                encodeIn(nested);
            } else if (content instanceof String text) {
                String type = mime.getDataHandler().getContentType();
                if (isUtf8Text(type)) {
                    parts.removeBodyPart(i);
                    parts.addBodyPart(of(text, type), i);
                }
            }
        }
    }

    /**
     * Once the message is saved (its headers final), replaces each file attached under
     * {@code parts} (the calendar, a PDF) by the same part written out and read back: its headers
     * as Jakarta Mail wrote them, its content encoded once, here, rather than a byte at a time on
     * the way to the server.
     */
    static void encodeFilesIn(MimeMultipart parts) throws MessagingException {
        for (int i = 0; i < parts.getCount(); i++) {
            if (!(parts.getBodyPart(i) instanceof MimeBodyPart mime)
                    || mime.getDataHandler().getDataSource() instanceof MimePartDataSource) {
                continue; // not ours to change, or already held encoded
            }
            if (mime.getDataHandler().getName() == null) {
                if (contentOf(mime) instanceof MimeMultipart nested) {
                    encodeFilesIn(nested);
                }
                continue;
            }
            var written = new Buffer(4096);
            try {
                mime.writeTo(written);
            } catch (IOException cannotHappenInMemory) {
                throw new MessagingException("cannot encode an attachment", cannotHappenInMemory);
            }
            parts.removeBodyPart(i);
            parts.addBodyPart(new MimeBodyPart(new ByteArrayInputStream(written.bytes())), i);
        }
    }

    /** A part of {@code type} (a UTF-8 text type) holding {@code text}, already encoded. */
    static MimeBodyPart of(String text, String type) throws MessagingException {
        String encoding = TransferEncodings.of(text);
        var encoded = new Buffer(text.length() + text.length() / 2 + 64);
        try {
            OutputStream encoder = MimeUtility.encode(encoded, encoding);
            encoder.write(text.getBytes(StandardCharsets.UTF_8));
            encoder.flush(); // as Jakarta Mail ends a part; closing would add a line end to base64
        } catch (IOException cannotHappenInMemory) {
            throw new MessagingException("cannot encode a text part", cannotHappenInMemory);
        }
        var headers = new InternetHeaders();
        headers.setHeader(CONTENT_TYPE, type);
        headers.setHeader(TransferEncodings.HEADER, encoding);
        return new MimeBodyPart(headers, encoded.bytes());
    }

    private static boolean isUtf8Text(String type) {
        try {
            ContentType parsed = new ContentType(type);
            String charset = parsed.getParameter("charset");
            return parsed.match("text/*") && charset != null && charset.equalsIgnoreCase("UTF-8");
        } catch (ParseException e) {
            return false;
        }
    }

    private static Object contentOf(MimeBodyPart part) throws MessagingException {
        try {
            return part.getContent();
        } catch (IOException e) {
            throw new MessagingException("cannot read a part of the message", e);
        }
    }

    /** A byte buffer without ByteArrayOutputStream's lock, taken once per byte the encoder writes. */
    private static final class Buffer extends OutputStream {

        private byte[] bytes;
        private int size;

        Buffer(int capacity) {
            bytes = new byte[capacity];
        }

        @Override
        public void write(int b) {
            if (size == bytes.length) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2);
            }
            bytes[size++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (size + len > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + len));
            }
            System.arraycopy(b, off, bytes, size, len);
            size += len;
        }

        byte[] bytes() {
            return size == bytes.length ? bytes : Arrays.copyOf(bytes, size);
        }
    }
}
