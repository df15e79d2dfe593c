package org.demarche.events.account;

import static java.util.Objects.requireNonNull;

import org.demarche.events.DemarcheEvent;

/** An administrator removed an account: its credentials open no service any more. */
public record AccountRemoved(String username) implements DemarcheEvent {

    public AccountRemoved {
        requireNonNull(username, "username is required");
    }

    @Override
    public String partitionKey() {
        return username;
    }
}
