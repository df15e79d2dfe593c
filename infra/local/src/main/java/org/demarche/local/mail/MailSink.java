package org.demarche.local.mail;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Collectors;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An SMTP server (GreenMail) that accepts every recipient without authentication and writes each
 * message it receives, once, as an {@code .eml} file into a directory. Nothing is kept in memory:
 * the directory is the mailbox, so captured mail survives a restart.
 *
 * <p>Two header lines are put in front of the message as received: {@code X-Envelope-From} and
 * {@code X-Envelope-To} (the SMTP envelope, which is how Bcc recipients show).
 */
public final class MailSink implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MailSink.class);

    private final GreenMail greenMail;

    private final MailStore store;

    private MailSink(GreenMail greenMail, MailStore store) {
        this.greenMail = greenMail;
        this.store = store;
    }

    /**
     * Starts the SMTP server.
     * @param host bind address
     * @param port the port, or 0 for any free port
     * @param store where messages go
     */
    public static MailSink start(String host, int port, MailStore store) {
        ServerSetup setup = new ServerSetup(port, host, ServerSetup.PROTOCOL_SMTP);
        if (port == 0) {
            setup = setup.dynamicPort();
        }
        GreenMail greenMail = new GreenMail(setup)
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        greenMail.getUserManager().setMessageDeliveryHandler(new StoringHandler(store));
        return new MailSink(greenMail, store);
    }

    public int port() {
        return this.greenMail.getSmtp().getPort();
    }

    public MailStore store() {
        return this.store;
    }

    @Override
    public void close() {
        this.greenMail.stop();
    }

    /**
     * GreenMail calls the delivery handler once per envelope recipient, with the same
     * {@link MovingMessage}; the message is written on the first call only. The returned user drops
     * the message, so GreenMail's in-memory mailboxes stay empty.
     */
    private static final class StoringHandler implements MessageDeliveryHandler {

        private final MailStore store;

        private MovingMessage lastStored;

        StoringHandler(MailStore store) {
            this.store = store;
        }

        @Override
        public synchronized GreenMailUser handle(MovingMessage message, MailAddress recipient) throws MessagingException {
            if (message != this.lastStored) {
                this.lastStored = message;
                String envelopeFrom = message.getReturnPath() == null ? "" : message.getReturnPath().getEmail();
                String envelopeTo = message.getToAddresses().stream()
                        .map(MailAddress::getEmail)
                        .collect(Collectors.joining(",\r\n "));
                MimeMessage mime = message.getMessage();
                String id = this.store.write(out -> {
                    String prefix = "X-Envelope-From: <" + envelopeFrom + ">\r\n"
                            + "X-Envelope-To: " + envelopeTo + "\r\n";
                    out.write(prefix.getBytes(StandardCharsets.UTF_8));
                    try {
                        mime.writeTo(out);
                    }
                    catch (MessagingException ex) {
                        throw new IOException(ex);
                    }
                });
                log.info("Captured mail {} to {}", id, envelopeTo.replace("\r\n ", " "));
            }
            return new DiscardingUser(recipient.getEmail());
        }
    }

    /** A recipient that forgets what it is given: the .eml file is the only copy. */
    private record DiscardingUser(String email) implements GreenMailUser {

        @Override
        public String getEmail() {
            return this.email;
        }

        @Override
        public String getLogin() {
            return this.email;
        }

        @Override
        public void deliver(MovingMessage msg) {
        }

        @Override
        public void deliver(MimeMessage msg) {
        }

        @Override
        public void create() {
        }

        @Override
        public void delete() {
        }

        @Override
        public String getPassword() {
            return "";
        }

        @Override
        public void setPassword(String password) {
        }

        @Override
        public void authenticate(String password) {
        }

        @Override
        public String getQualifiedMailboxName() {
            return this.email;
        }
    }

    /** Writes a file atomically (temporary name, then move), so readers never see half a message. */
    static void writeAtomically(Path target, IoConsumer<OutputStream> writer) {
        Path tmp = target.resolveSibling(target.getFileName() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                writer.accept(out);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (IOException ex) {
            try {
                Files.deleteIfExists(tmp);
            }
            catch (IOException ignored) {
                // best effort
            }
            throw new UncheckedIOException("Could not write " + target, ex);
        }
    }

    @FunctionalInterface
    public interface IoConsumer<T> {
        void accept(T value) throws IOException;
    }
}
