package org.demarche.platform.security;

import org.demarche.events.EventEnvelope;
import org.demarche.events.Topics;
import org.demarche.events.account.AccountRemoved;
import org.demarche.events.account.AccountSaved;
import org.demarche.platform.inbox.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;

/** Keeps this service's copy of the accounts in step with what the administrators decide. */
public class AccountsListener {

    private final Accounts accounts;
    private final EventInbox inbox;

    public AccountsListener(Accounts accounts, EventInbox inbox) {
        this.accounts = accounts;
        this.inbox = inbox;
    }

    /*
     * A consumer group of its own: joining the service's main group would make every start and
     * stop of either listener rebalance the other (and hold up a graceful shutdown).
     */
    @KafkaListener(topics = Topics.ACCOUNTS, groupId = "${spring.application.name:demarche}-accounts")
    void on(EventEnvelope<?> event) {
        inbox.applyOnce(event, () -> apply(event.payload()));
    }

    private void apply(Object payload) {
        if (payload instanceof AccountSaved saved) {
            accounts.save(new StoredAccount(saved.username(), saved.passwordHash(), saved.roles(), saved.email()));
        } else if (payload instanceof AccountRemoved removed) {
            accounts.remove(removed.username());
        }
    }
}
