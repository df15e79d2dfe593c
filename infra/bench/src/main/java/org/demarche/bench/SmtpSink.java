package org.demarche.bench;

import java.net.Socket;
import java.net.SocketException;
import java.util.Map;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * GreenMail as the SMTP sink, with TCP_NODELAY on the connections it accepts. GreenMail writes
 * each reply in more than one TCP segment; with the kernel's delayed acknowledgements that costs
 * about 40 ms per SMTP command on loopback (measured here: 25 messages/s over one connection),
 * which no production MTA does and which would make both runs measure the sink's stall rather
 * than the sender. The sink is the same for outreach and for the baseline.
 */
public final class SmtpSink extends GreenMail {

    private SmtpSink(ServerSetup setup) {
        super(setup);
    }

    public static GreenMail onAnyFreePort() {
        return new SmtpSink(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    }

    @Override
    protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
        Map<String, AbstractServer> services = super.createServices(config, managers);
        for (ServerSetup setup : config) {
            if (ServerSetup.PROTOCOL_SMTP.equals(setup.getProtocol())) {
                services.put(setup.getProtocol(), new SmtpServer(setup, managers) {
                    @Override
                    protected void handleClientSocket(Socket client) throws SocketException {
                        client.setTcpNoDelay(true);
                        super.handleClientSocket(client);
                    }
                });
            }
        }
        return services;
    }
}
