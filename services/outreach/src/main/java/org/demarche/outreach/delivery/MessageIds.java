package org.demarche.outreach.delivery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.demarche.outreach.OutreachProperties;
import org.springframework.stereotype.Component;

/**
 * Message-IDs derived from what a message is (its {@link MessageKey}), on the sender's domain:
 * the same message always has the same id, a resend after a crash included, and a reminder can
 * name the request it follows without looking it up. The key's parts are hashed: partner ids and
 * addresses may hold characters a Message-ID cannot.
 */
@Component
class MessageIds {

    /** Compiled once: String.replaceAll compiles its pattern again on every call, once per queued message. */
    private static final Pattern NOT_ID_SAFE = Pattern.compile("[^A-Za-z0-9-]");

    private final String domain;

    public MessageIds(OutreachProperties properties) {
        this.domain = domainOf(properties.sender());
    }

    public String of(MessageKey key) {
        String identity = key.campaignId() + "\n" + key.partnerId() + "\n" + key.kind() + "\n" + key.occasion();
        String digest = HexFormat.of().formatHex(sha256(identity)).substring(0, 32);
        return "<" + key.kind() + "." + NOT_ID_SAFE.matcher(key.occasion()).replaceAll("-") + "." + digest + "@" + domain + ">";
    }

    static String domainOf(String sender) {
        try {
            String address = new InternetAddress(sender, true).getAddress();
            int at = address.lastIndexOf('@');
            return at < 0 || at == address.length() - 1 ? "demarche.local" : address.substring(at + 1);
        } catch (AddressException e) {
            throw new IllegalArgumentException("demarche.outreach.sender is not an email address: " + e.getMessage(), e);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
