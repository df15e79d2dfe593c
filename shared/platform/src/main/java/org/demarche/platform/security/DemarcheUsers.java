package org.demarche.platform.security;

import java.util.List;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The people who can sign in: the configured administrator first, then the managed accounts.
 * The administrator's password is hashed once at start-up, so it is compared like any other.
 */
public class DemarcheUsers implements UserDetailsService {

    private final AdminProperties admin;
    private final String adminPasswordHash;
    private final Accounts accounts;
    private final LoginLockout lockout;

    public DemarcheUsers(AdminProperties admin, PasswordEncoder encoder, Accounts accounts, LoginLockout lockout) {
        this.admin = admin;
        this.adminPasswordHash = admin.configured() ? encoder.encode(admin.password()) : null;
        this.accounts = accounts;
        this.lockout = lockout;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        if (admin.isAdmin(username)) {
            return user(username, adminPasswordHash, List.of(Role.ADMIN.name()));
        }
        return accounts.find(username)
                .map(account -> user(account.username(), account.passwordHash(), account.roles()))
                .orElseThrow(() -> new UsernameNotFoundException("no account " + username));
    }

    /**
     * The person's own email address: the configured administrator's from {@code demarche.admin.email},
     * anyone else's from this service's copy of the accounts.
     */
    public Optional<String> emailOf(String username) {
        if (username == null) {
            return Optional.empty();
        }
        if (admin.isAdmin(username)) {
            return Optional.ofNullable(admin.email());
        }
        return accounts.find(username).map(StoredAccount::email);
    }

    /**
     * The signed-in person's own email address: the account's (or the configured administrator's), else
     * the {@code email} claim of an OpenID Connect provider's sign-in or token, when it has the shape
     * the events accept.
     */
    public Optional<String> emailOf(Authentication signedIn) {
        if (signedIn == null) {
            return Optional.empty();
        }
        Optional<String> own = emailOf(signedIn.getName());
        if (own.isPresent()) {
            return own;
        }
        Object claim = null;
        if (signedIn.getPrincipal() instanceof OAuth2AuthenticatedPrincipal provided) {
            claim = provided.getAttribute("email");
        } else if (signedIn.getPrincipal() instanceof Jwt token) {
            claim = token.getClaims().get("email");
        }
        return claim instanceof String address && AccountEmail.isValid(address) ? Optional.of(address) : Optional.empty();
    }

    private UserDetails user(String username, String passwordHash, List<String> roles) {
        return User.withUsername(username)
                .password(passwordHash)
                .roles(roles.toArray(String[]::new))
                .accountLocked(lockout.locked(username))
                .build();
    }
}
