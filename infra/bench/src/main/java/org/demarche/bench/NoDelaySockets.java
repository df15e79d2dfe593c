package org.demarche.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;

import javax.net.SocketFactory;

/**
 * TCP_NODELAY sockets for the baseline's JavaMailSender, as outreach uses for its own SMTP
 * connections: without it Jakarta Mail stalls about 40 ms per message on the server's delayed
 * acknowledgement (Nagle), and the baseline would measure that stall rather than sending.
 */
final class NoDelaySockets extends SocketFactory {

    private static Socket tuned(Socket socket) throws SocketException {
        socket.setTcpNoDelay(true);
        return socket;
    }

    @Override
    public Socket createSocket() throws IOException {
        return tuned(new Socket());
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return tuned(new Socket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localAddress, int localPort) throws IOException {
        return tuned(new Socket(host, port, localAddress, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return tuned(new Socket(host, port));
    }

    @Override
    public Socket createSocket(InetAddress host, int port, InetAddress localAddress, int localPort) throws IOException {
        return tuned(new Socket(host, port, localAddress, localPort));
    }
}
