package org.demarche.dashboard.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.demarche.events.account.AccountRemoved;
import org.demarche.events.account.AccountSaved;
import org.demarche.platform.outbox.Outbox;
import org.demarche.platform.security.Accounts;
import org.demarche.platform.security.AdminProperties;
import org.demarche.platform.security.Role;
import org.demarche.platform.security.StoredAccount;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Creates, changes and removes accounts. The dashboard's own copy changes in the same transaction as the
 * event that tells the other services, so the new account is listed at once here and signs in
 * everywhere a moment later.
 */
@Service
class AccountAdministration {

    private final Accounts accounts;
    private final AdminProperties admin;
    private final PasswordEncoder encoder;
    private final Outbox outbox;

    AccountAdministration(Accounts accounts, AdminProperties admin, PasswordEncoder encoder, Outbox outbox) {
        this.accounts = accounts;
        this.admin = admin;
        this.encoder = encoder;
        this.outbox = outbox;
    }

    @Transactional
    AccountView create(NewAccount request) {
        if (admin.isAdmin(request.username()) || accounts.find(request.username()).isPresent()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "an account named " + request.username() + " exists");
        }
        var account = new StoredAccount(request.username(), encoder.encode(request.password()), request.roles(),
                request.email());
        return save(account);
    }

    /**
     * Changes an account's roles, address or password, and tells every service.
     *
     * @throws ResponseStatusException 404 for an unknown account, 409 for the configured administrator
     */
    @Transactional
    AccountView change(String username, AccountChange change) {
        if (admin.isAdmin(username)) {
            throw configuredAdministrator(username);
        }
        StoredAccount current = accounts.find(username)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no account named " + username));
        return save(change.applyTo(current, change.password() == null ? null : encoder.encode(change.password())));
    }

    private AccountView save(StoredAccount account) {
        accounts.save(account);
        outbox.publish(new AccountSaved(account.username(), account.passwordHash(), account.roles(), account.email()));
        return view(account);
    }

    @Transactional
    void remove(String username) {
        if (admin.isAdmin(username)) {
            throw configuredAdministrator(username);
        }
        if (!accounts.remove(username)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no account named " + username);
        }
        outbox.publish(new AccountRemoved(username));
    }

    List<AccountView> all() {
        List<AccountView> views = new ArrayList<>();
        if (admin.configured()) {
            views.add(new AccountView(admin.user(), List.of(Role.ADMIN.name()), admin.email(), true));
        }
        accounts.all().forEach(account -> views.add(view(account)));
        return views;
    }

    private static AccountView view(StoredAccount account) {
        return new AccountView(account.username(), account.roles(), account.email(), false);
    }

    private static ResponseStatusException configuredAdministrator(String username) {
        return new ResponseStatusException(HttpStatus.CONFLICT, username + " is the administrator from the "
                + "configuration (DEMARCHE_ADMIN_USER, DEMARCHE_ADMIN_EMAIL); change it there");
    }

    Optional<AccountView> find(String username) {
        return all().stream().filter(account -> account.username().equals(username)).findFirst();
    }
}
