package org.demarche.platform.security;

import java.util.regex.Pattern;

/**
 * An account's username as the accounts API takes it and the events carry it (AccountSaved's key,
 * the meetings' {@code enteredBy}): 2 to 100 letters, digits or {@code . _ @ -}, the pattern of the
 * event schemas.
 */
public final class AccountName {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9._@-]{2,100}");

    private AccountName() {
    }

    /** Whether {@code username} has the shape the accounts and the events accept. */
    public static boolean isValid(String username) {
        return username != null && SHAPE.matcher(username).matches();
    }
}
