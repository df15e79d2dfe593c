package org.demarche.platform.security;

/**
 * The administrator that exists before any account does ({@code demarche.admin.*}). There is no
 * default password: without one, no administrator is configured and only the managed accounts
 * can sign in. The local stack generates a password and prints it.
 *
 * @param user     the administrator's login name
 * @param password its password, from the environment ({@code DEMARCHE_ADMIN_PASSWORD})
 */
@org.springframework.boot.context.properties.ConfigurationProperties("demarche.admin")
public record AdminProperties(
        @org.springframework.boot.context.properties.bind.DefaultValue("admin") String user,
        String password) {

    public boolean configured() {
        return password != null && !password.isBlank() && user != null && !user.isBlank();
    }

    /** Whether {@code username} names the configured administrator. */
    public boolean isAdmin(String username) {
        return configured() && user.equals(username);
    }
}
