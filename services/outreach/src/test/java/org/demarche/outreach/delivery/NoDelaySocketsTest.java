package org.demarche.outreach.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Properties;

import javax.net.SocketFactory;

import org.junit.jupiter.api.Test;

/** The SMTP sockets: no Nagle delay, and a write the server does not take in time closes the connection. */
class NoDelaySocketsTest {

    @Test
    void takesOverTheWriteTimeoutFromJakartaMail() {
        var settings = new Properties();
        settings.put("mail.smtp.writetimeout", "30000");

        assertThat(NoDelaySockets.useFor(settings)).isTrue();

        assertThat(settings).doesNotContainKey("mail.smtp.writetimeout").containsKey(NoDelaySockets.PROPERTY);
    }

    @Test
    void leavesSettingsThatNameTheirOwnSocketsOrTlsAlone() {
        var tls = new Properties();
        tls.put("mail.smtp.ssl.enable", "true");
        tls.put("mail.smtp.writetimeout", "30000");

        assertThat(NoDelaySockets.useFor(tls)).isFalse();
        assertThat(tls).containsKey("mail.smtp.writetimeout").doesNotContainKey(NoDelaySockets.PROPERTY);
    }

    @Test
    void refusesAWriteTimeoutThatIsNotANumber() {
        var settings = new Properties();
        settings.put("mail.smtp.writetimeout", "soon");

        assertThatThrownBy(() -> NoDelaySockets.useFor(settings)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mail.smtp.writetimeout");
    }

    @Test
    void closesTheConnectionWhenAWriteLastsLongerThanTheTimeout() throws Exception {
        try (var server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            server.setReceiveBufferSize(4096);
            Thread neverReads = acceptInBackground(server, false);
            try (Socket socket = factory("300").createSocket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
                assertThat(socket.getTcpNoDelay()).isTrue();
                OutputStream out = socket.getOutputStream();

                assertTimeoutPreemptively(Duration.ofSeconds(20), () ->
                        assertThatThrownBy(() -> {
                            byte[] chunk = new byte[64 * 1024];
                            for (int i = 0; i < 16 * 1024; i++) { // a GiB: far more than the buffers hold
                                out.write(chunk);
                            }
                        }).as("the server stopped reading").isInstanceOf(IOException.class));
                assertThat(socket.isClosed()).isTrue();
            } finally {
                neverReads.interrupt();
            }
        }
    }

    @Test
    void letsWritesThatTheServerTakesThrough() throws Exception {
        try (var server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread reads = acceptInBackground(server, true);
            // a timeout no correct run comes near: a reader thread kept off a busy machine's cores for a
            // moment must not count as a server that stopped reading
            try (Socket socket = factory("30000").createSocket("127.0.0.1", server.getLocalPort())) {
                OutputStream out = socket.getOutputStream();
                byte[] chunk = new byte[64 * 1024];
                for (int i = 0; i < 64; i++) {
                    out.write(chunk);
                    out.flush();
                }
                assertThat(socket.isClosed()).isFalse();
            }
            reads.join(10_000);
        }
    }

    private static SocketFactory factory(String writeTimeout) {
        var settings = new Properties();
        settings.put("mail.smtp.writetimeout", writeTimeout);
        NoDelaySockets.useFor(settings);
        return (SocketFactory) settings.get(NoDelaySockets.PROPERTY);
    }

    private static Thread acceptInBackground(ServerSocket server, boolean read) {
        Thread thread = new Thread(() -> {
            try (Socket accepted = server.accept(); InputStream in = accepted.getInputStream()) {
                if (read) {
                    in.transferTo(OutputStream.nullOutputStream());
                } else {
                    new java.util.concurrent.CountDownLatch(1).await(); // holds the connection, reads nothing
                }
            } catch (IOException | InterruptedException e) {
                // the test is over
            }
        });
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
