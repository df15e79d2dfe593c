package org.demarche.outreach.delivery;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.Properties;

import javax.net.SocketFactory;

/**
 * Plain SMTP sockets with TCP_NODELAY. Jakarta Mail writes a message's end ({@code .\r\n}) as a
 * small segment after the body; with Nagle's algorithm it waits for the server to acknowledge the
 * body, and servers delay acknowledgements by up to 40 ms. That is a stall per message: measured
 * here, 21 against 430 messages a second over one connection for a message with a calendar file.
 *
 * <p>They also take over {@code mail.smtp.writetimeout} from Jakarta Mail, which would otherwise
 * wrap each socket in a timer per write: see {@link StalledWrites}.
 */
final class NoDelaySockets extends SocketFactory {

    static final String PROPERTY = "mail.smtp.socketFactory";
    static final String WRITE_TIMEOUT = "mail.smtp.writetimeout";

    /** How long one write may take; null for no limit. */
    private final Duration writeTimeout;

    private NoDelaySockets(Duration writeTimeout) {
        this.writeTimeout = writeTimeout;
    }

    /**
     * Uses these sockets for plain SMTP (and STARTTLS, which upgrades them), unless the settings
     * name a socket factory of their own or ask for SMTP over TLS from the first byte.
     *
     * @return whether the settings were changed
     */
    static boolean useFor(Properties settings) {
        if (settings.containsKey(PROPERTY) || settings.containsKey(PROPERTY + ".class")
                || "true".equalsIgnoreCase(settings.getProperty("mail.smtp.ssl.enable"))) {
            return false;
        }
        Object writeTimeout = settings.remove(WRITE_TIMEOUT); // enforced by these sockets from now on
        settings.put(PROPERTY, new NoDelaySockets(writeTimeout == null ? null : millis(writeTimeout)));
        return true;
    }

    private static Duration millis(Object setting) {
        try {
            long millis = Long.parseLong(setting.toString().strip());
            return millis > 0 ? Duration.ofMillis(millis) : null; // Jakarta Mail: -1 (or unset) for none
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(WRITE_TIMEOUT + " must be a number of milliseconds, not " + setting, e);
        }
    }

    private Socket tuned(Socket socket) throws SocketException {
        socket.setTcpNoDelay(true);
        return socket;
    }

    @Override
    public Socket createSocket() throws IOException {
        return tuned(new WatchedSocket());
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        Socket socket = createSocket();
        socket.connect(new InetSocketAddress(host, port));
        return socket;
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localAddress, int localPort) throws IOException {
        Socket socket = createSocket();
        socket.bind(new InetSocketAddress(localAddress, localPort));
        socket.connect(new InetSocketAddress(host, port));
        return socket;
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        Socket socket = createSocket();
        socket.connect(new InetSocketAddress(host, port));
        return socket;
    }

    @Override
    public Socket createSocket(InetAddress host, int port, InetAddress localAddress, int localPort) throws IOException {
        Socket socket = createSocket();
        socket.bind(new InetSocketAddress(localAddress, localPort));
        socket.connect(new InetSocketAddress(host, port));
        return socket;
    }

    /** A socket whose writes are watched when there is a write timeout. */
    private final class WatchedSocket extends Socket {

        private OutputStream writes;

        @Override
        public synchronized OutputStream getOutputStream() throws IOException {
            if (writes == null) {
                writes = writeTimeout == null ? super.getOutputStream()
                        : StalledWrites.watch(this, super.getOutputStream(), writeTimeout);
            }
            return writes;
        }

        @Override
        public void close() throws IOException {
            StalledWrites.forget(this);
            super.close();
        }
    }
}
