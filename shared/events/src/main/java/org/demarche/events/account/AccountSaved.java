package org.demarche.events.account;

import static java.util.Objects.requireNonNull;

import java.util.List;

import org.demarche.events.DemarcheEvent;

/**
 * An administrator created an account or changed its password or roles. Carries the password
 * only as a one-way hash ({@code {bcrypt}…}), never the password itself.
 *
 * @param roles some of {@code ADMIN}, {@code COORDINATOR}, {@code LEAD}
 * @param email the person's own address, optional (added after version 1 was first published): partners who
 *              answer an email about a meeting this person entered write to it
 */
public record AccountSaved(String username, String passwordHash, List<String> roles, String email)
        implements DemarcheEvent {

    /** Without an email address, as first published. */
    public AccountSaved(String username, String passwordHash, List<String> roles) {
        this(username, passwordHash, roles, null);
    }

    public AccountSaved {
        requireNonNull(username, "username is required");
        requireNonNull(passwordHash, "passwordHash is required");
        requireNonNull(roles, "roles are required");
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("an account needs at least one role");
        }
        roles = List.copyOf(roles);
    }

    @Override
    public String partitionKey() {
        return username;
    }
}
