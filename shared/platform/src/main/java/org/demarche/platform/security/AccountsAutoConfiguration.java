package org.demarche.platform.security;

import java.time.Clock;

import org.demarche.platform.inbox.EventInbox;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Who may sign in: the configured administrator and the accounts the dashboard manages (kept in
 * each service's database from the account events), their passwords and the lockout after wrong
 * ones, and the shared sign-in cookie that checks them. Needs the database, so a {@code @WebMvcTest}
 * slice, which gets {@link AccessAutoConfiguration}'s rules, goes without it and signs people in
 * with Spring Security's test support instead.
 */
@AutoConfiguration(before = UserDetailsServiceAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties({AdminProperties.class, LoginProperties.class})
public class AccountsAutoConfiguration {

    /** With a shared secret, one sign-in opens every service's pages; without, each keeps its own session. */
    @Bean
    @ConditionalOnProperty(prefix = "demarche.login", name = "cookie-secret")
    SignedInCookie signedInCookie(LoginProperties properties, DemarcheUsers users, Clock clock) {
        return new SignedInCookie(properties, users, clock);
    }

    /**
     * bcrypt for new passwords; hashes carry their algorithm, so a stronger one can follow later. A
     * password found right is remembered for {@code demarche.login.remember-passwords} after its last
     * use, so that a script's HTTP Basic calls do not each pay for bcrypt (see {@link RememberedPasswords}
     * for what that costs).
     */
    @Bean
    PasswordEncoder passwordEncoder(LoginProperties login, Clock clock) {
        PasswordEncoder bcrypt = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        if (login.rememberPasswords().isZero() || login.rememberPasswords().isNegative()) {
            return bcrypt;
        }
        return new RememberedPasswords(bcrypt, login.rememberPasswords(), 1000, clock);
    }

    @Bean
    Accounts accounts(JdbcClient jdbc, Clock clock) {
        return new Accounts(jdbc, clock);
    }

    @Bean
    AccountsListener accountsListener(Accounts accounts, EventInbox inbox) {
        return new AccountsListener(accounts, inbox);
    }

    @Bean
    LoginLockout loginLockout(JdbcClient jdbc, LoginProperties properties, AdminProperties admin, Accounts accounts,
                              Clock clock) {
        return new LoginLockout(jdbc, properties, username -> admin.isAdmin(username)
                || accounts.find(username).isPresent(), clock);
    }

    @Bean
    DemarcheUsers demarcheUsers(AdminProperties admin, PasswordEncoder encoder, Accounts accounts, LoginLockout lockout) {
        if (!admin.configured()) {
            org.slf4j.LoggerFactory.getLogger(AccountsAutoConfiguration.class).warn(
                    "No administrator configured (DEMARCHE_ADMIN_PASSWORD is not set): only managed accounts can sign in");
        }
        return new DemarcheUsers(admin, encoder, accounts, lockout);
    }
}
