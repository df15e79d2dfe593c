package org.demarche.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A password encoder that remembers, for a while, the passwords it has just found right. Scripts
 * send their HTTP Basic credentials with every call, and bcrypt costs 50-100 ms of a processor each
 * time: at a few requests a second that is the whole machine. A password found right against a
 * stored hash is remembered as an HMAC of the two under a key made at start-up and never stored, so
 * the next call with the same password against the same hash answers at once.
 *
 * <p>What this does not change: a wrong password is always checked by bcrypt and never remembered;
 * a changed password has another hash, which no remembered entry matches; a locked or removed account
 * is refused before its password is looked at. What it costs: for {@code lifetime} after its last
 * use, a password that was right can be tried against a memory dump of the process much faster than
 * against its bcrypt hash (the key is in the dump too). At most {@code capacity} entries, the least
 * recently used go first.
 */
final class RememberedPasswords implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private final Duration lifetime;
    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, Instant> remembered;

    RememberedPasswords(PasswordEncoder delegate, Duration lifetime, int capacity, Clock clock) {
        this.delegate = delegate;
        this.lifetime = lifetime;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.remembered = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return delegate.matches(rawPassword, encodedPassword);
        }
        String entry = entry(rawPassword, encodedPassword);
        Instant now = clock.instant();
        synchronized (remembered) {
            Instant until = remembered.get(entry);
            if (until != null && now.isBefore(until)) {
                remembered.put(entry, now.plus(lifetime));
                return true;
            }
        }
        boolean right = delegate.matches(rawPassword, encodedPassword);
        if (right) {
            synchronized (remembered) {
                remembered.put(entry, now.plus(lifetime));
            }
        }
        return right;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private String entry(CharSequence rawPassword, String encodedPassword) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(rawPassword.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
