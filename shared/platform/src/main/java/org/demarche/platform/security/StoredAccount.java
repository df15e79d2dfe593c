package org.demarche.platform.security;

import java.util.List;

/** An account as this service keeps it: never a password, only its hash. */
public record StoredAccount(String username, String passwordHash, List<String> roles) {

    public StoredAccount {
        roles = List.copyOf(roles);
    }
}
