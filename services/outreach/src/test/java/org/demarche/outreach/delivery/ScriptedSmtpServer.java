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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A small SMTP server speaking the protocol over TCP (RFC 5321: EHLO, MAIL, RCPT, DATA, RSET,
 * NOOP, QUIT) whose answer to each recipient the test scripts: the replies a real provider gives
 * that GreenMail does not, such as {@code 451 4.7.1 try again later} (greylisting) or
 * {@code 550 5.1.1 user unknown}. Keeps what it accepted, one entry per recipient.
 */
final class ScriptedSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final ExecutorService connections = Executors.newCachedThreadPool();
    private final Function<String, String> replyToRecipient;
    private final List<String> accepted = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> rcptAttempts = new ConcurrentHashMap<>();

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
        return List.copyOf(accepted);
    }

    /** How many times the client asked for this recipient. */
    int attemptsFor(String address) {
        return rcptAttempts.getOrDefault(address, new AtomicInteger()).get();
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
                        for (String data = in.readLine(); data != null && !data.equals("."); data = in.readLine()) {
                            // the message itself does not matter here
                        }
                        accepted.add(recipient);
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

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        connections.shutdownNow();
    }
}
