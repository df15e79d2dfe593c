package org.demarche.platform.security;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A person's email address as accounts keep it and the events carry it: one address, no display
 * name, the shape the event schemas accept ({@code name@domain.tld}). Checked where an address
 * comes in (the accounts API, the configuration), so that an event carrying it never fails its
 * schema later.
 */
public final class AccountEmail {

    /** The pattern of the event schemas' email fields. */
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** RFC 5321's longest forward path, less its angle brackets. */
    public static final int MAX_LENGTH = 254;

    private AccountEmail() {
    }

    /**
     * The address, stripped, or empty when none is given (null or blank).
     *
     * @throws IllegalArgumentException when something is given that is not one readable address
     */
    public static Optional<String> of(String given) {
        if (given == null || given.isBlank()) {
            return Optional.empty();
        }
        String address = given.strip();
        if (address.length() > MAX_LENGTH || !SHAPE.matcher(address).matches()) {
            throw new IllegalArgumentException("'" + given + "' is not one email address such as amina@example.org");
        }
        return Optional.of(address);
    }

    /** Whether {@code address} has the shape the events accept. */
    public static boolean isValid(String address) {
        return address != null && address.length() <= MAX_LENGTH && SHAPE.matcher(address).matches();
    }

    /** Whether two addresses name the same mailbox, as far as mail servers treat them alike (case aside). */
    public static boolean same(String one, String other) {
        return one != null && other != null && one.strip().toLowerCase(Locale.ROOT).equals(other.strip().toLowerCase(Locale.ROOT));
    }
}
