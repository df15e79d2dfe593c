package org.demarche.outreach.delivery;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A small SMTP server speaking the protocol over TCP (RFC 5321: EHLO, MAIL, RCPT, DATA, RSET,
 * NOOP, QUIT) whose answer to each recipient the test scripts: the replies a real provider gives
 * that GreenMail does not, such as {@code 451 4.7.1 try again later} (greylisting) or
 * {@code 550 5.1.1 user unknown}. Keeps what it accepted, one entry per recipient.
 *
 * <p>It can also {@linkplain #holdAfter hold} its answer to the end of a message's data, which
 * GreenMail cannot: the test, not the sender's speed, decides where in a batch the sender is when
 * it is stopped or killed.
 */
final class ScriptedSmtpServer implements AutoCloseable {

    /** The reply to every recipient of a server that takes all mail. */
    static final Function<String, String> ACCEPT_EVERYONE = recipient -> "250 2.1.5 OK";

    private static final String MESSAGE_ID = "Message-ID:";

    private final ServerSocket socket;
    private final ExecutorService connections = Executors.newCachedThreadPool();
    private final Function<String, String> replyToRecipient;
    private final List<Taken> accepted = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> rcptAttempts = new ConcurrentHashMap<>();
    private int read;
    private Hold hold;

    /** @param replyToRecipient the reply line for {@code RCPT TO:<address>}, given the address and this test's count */
    ScriptedSmtpServer(Function<String, String> replyToRecipient) throws IOException {
        this.replyToRecipient = replyToRecipient;
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        connections.submit(this::acceptConnections);
    }

    int port() {
        return socket.getLocalPort();
    }

    /** Recipients whose message this server accepted, in order, once per accepted message. */
    List<String> accepted() {
        return accepted.stream().map(Taken::recipient).toList();
    }

    /** The messages this server accepted (answered {@code 250} at the end of their data), in order. */
    List<Taken> acceptedMessages() {
        return List.copyOf(accepted);
    }

    /** How many times the client asked for this recipient. */
    int attemptsFor(String address) {
        return rcptAttempts.getOrDefault(address, new AtomicInteger()).get();
    }

    /**
     * From now on, the server answers the first {@code answered} messages it reads as usual and
     * then holds every later one: it reads the message to its end and keeps it, but does not answer
     * until the test {@linkplain Hold#answer() answers} or {@linkplain Hold#hangUp() hangs up}. The
     * sender is then waiting for the reply to a message it has wholly sent: the moment where
     * stopping or dying decides whether a message can go twice.
     */
    synchronized Hold holdAfter(int answered) {
        hold = new Hold(read + answered);
        return hold;
    }

    private void acceptConnections() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                connections.submit(() -> converse(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void converse(Socket client) {
        try (client; var in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
             OutputStream out = client.getOutputStream()) {
            reply(out, "220 scripted.example ESMTP");
            String recipient = null;
            boolean recipientAccepted = false;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (command) {
                    case "EHLO", "HELO" -> reply(out, "250 scripted.example");
                    case "MAIL" -> {
                        recipient = null;
                        recipientAccepted = false;
                        reply(out, "250 2.1.0 OK");
                    }
                    case "RCPT" -> {
                        recipient = line.substring(line.indexOf('<') + 1, line.indexOf('>'));
                        rcptAttempts.computeIfAbsent(recipient, r -> new AtomicInteger()).incrementAndGet();
                        String answer = replyToRecipient.apply(recipient);
                        recipientAccepted = answer.startsWith("250");
                        reply(out, answer);
                    }
                    case "DATA" -> {
                        if (!recipientAccepted) {
                            reply(out, "554 5.5.1 no valid recipients");
                            continue;
                        }
                        reply(out, "354 end with <CRLF>.<CRLF>");
                        if (!take(new Taken(recipient, readData(in)))) {
                            return; // hung up without answering: the connection drops
                        }
                        reply(out, "250 2.0.0 queued");
                    }
                    case "RSET" -> {
                        recipient = null;
                        recipientAccepted = false;
                        reply(out, "250 2.0.0 OK");
                    }
                    case "NOOP" -> reply(out, "250 2.0.0 OK");
                    case "QUIT" -> {
                        reply(out, "221 2.0.0 bye");
                        return;
                    }
                    default -> reply(out, "502 5.5.2 command not recognised");
                }
            }
        } catch (SocketException closed) {
            // the client went away
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Keeps a message read to its end as accepted, at once or once the test answers the hold;
     * false when the server hangs up instead. Counting a message and keeping it happen together:
     * once a later message is held, every earlier one is in {@link #acceptedMessages()}.
     */
    private boolean take(Taken message) {
        Hold current;
        synchronized (this) {
            current = hold;
            if (current == null || !current.holds(++read, message)) {
                accepted.add(message);
                return true;
            }
        }
        if (!current.awaitAnswer(message)) {
            return false;
        }
        accepted.add(message);
        return true;
    }

    /** Reads the data up to the lone dot; returns its Message-ID (null when it has none). */
    private static String readData(BufferedReader in) throws IOException {
        String messageId = null;
        boolean inHeaders = true;
        for (String data = in.readLine(); data != null && !data.equals("."); data = in.readLine()) {
            inHeaders &= !data.isEmpty();
            if (inHeaders && data.regionMatches(true, 0, MESSAGE_ID, 0, MESSAGE_ID.length())) {
                messageId = data.substring(MESSAGE_ID.length()).strip();
            }
        }
        return messageId;
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        Hold current;
        synchronized (this) {
            current = hold;
        }
        if (current != null) {
            current.hangUp(); // no conversation left waiting for a test that has finished
        }
        socket.close();
        connections.shutdownNow();
    }

    /**
     * A message the server read to its end.
     *
     * @param messageId its Message-ID header as written, angle brackets included
     */
    record Taken(String recipient, String messageId) {

        static List<String> recipients(List<Taken> messages) {
            return messages.stream().map(Taken::recipient).toList();
        }
    }

    /** Messages read in full and not answered yet; see {@link #holdAfter(int)}. */
    static final class Hold {

        private final int lastAnswered;
        private final List<Taken> held = new CopyOnWriteArrayList<>();
        private final CountDownLatch over = new CountDownLatch(1);
        private volatile boolean answering;

        private Hold(int lastAnswered) {
            this.lastAnswered = lastAnswered;
        }

        /** The messages waiting for their answer, or left without one after {@link #hangUp()}. */
        List<Taken> held() {
            return List.copyOf(held);
        }

        /** Answers the held messages ({@code 250}) and every later one at once: the server takes them. */
        synchronized void answer() {
            answering = true;
            over.countDown();
        }

        /**
         * Drops the held messages' connections without an answer, as a server does when its client
         * is gone; later messages are answered at once. A held message stays in {@link #held()}:
         * the server had it whole, and a real one may have delivered it before its answer got out.
         */
        synchronized void hangUp() {
            over.countDown();
        }

        /** Whether the message at this position is held: after the answered ones, while the hold lasts. */
        private synchronized boolean holds(int position, Taken message) {
            if (position <= lastAnswered || over.getCount() == 0) {
                return false;
            }
            held.add(message);
            return true;
        }

        /** Waits for the test; true when the held message is to be answered, false when the server hangs up. */
        private boolean awaitAnswer(Taken message) {
            try {
                over.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            if (answering) {
                held.remove(message);
                return true;
            }
            return false;
        }
    }
}
