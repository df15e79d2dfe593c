package org.demarche.platform.security;

/**
 * The administrator that exists before any account does ({@code demarche.admin.*}). There is no
 * default password: without one, no administrator is configured and only the managed accounts
 * can sign in. The local stack generates a password and prints it.
 *
 * @param user     the administrator's login name
 * @param password its password, from the environment ({@code DEMARCHE_ADMIN_PASSWORD})
 * @param email    its own address, optional ({@code DEMARCHE_ADMIN_EMAIL}): partners who answer an email
 *                 about a meeting the administrator entered write to it
 */
@org.springframework.boot.context.properties.ConfigurationProperties("demarche.admin")
public record AdminProperties(
        @org.springframework.boot.context.properties.bind.DefaultValue("admin") String user,
        String password,
        String email) {

    public AdminProperties {
        try {
            email = AccountEmail.of(email).orElse(null);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("demarche.admin.email (DEMARCHE_ADMIN_EMAIL): " + e.getMessage(), e);
        }
    }

    public boolean configured() {
        return password != null && !password.isBlank() && user != null && !user.isBlank();
    }

    /** Whether {@code username} names the configured administrator. */
    public boolean isAdmin(String username) {
        return configured() && user.equals(username);
    }

    @Override
    public String toString() { // keeps the password out of logs and failure analyses
        return "AdminProperties[user=" + user + ", password=" + (password == null ? "none" : "***") + ", email=" + email
                + "]";
    }
}
