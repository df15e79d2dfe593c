package org.demarche.platform.security;

import java.util.List;

/**
 * An account as this service keeps it: never a password, only its hash.
 *
 * @param email the person's own address; null when the account has none
 */
public record StoredAccount(String username, String passwordHash, List<String> roles, String email) {

    public StoredAccount {
        roles = List.copyOf(roles);
    }

    /** Without an email address. */
    public StoredAccount(String username, String passwordHash, List<String> roles) {
        this(username, passwordHash, roles, null);
    }
}
