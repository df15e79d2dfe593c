package org.demarche.dashboard.account;

import java.util.List;

/**
 * An account as the API shows it: never a password or its hash.
 *
 * @param email      the person's own address; null when none was given
 * @param configured whether it is the administrator from the configuration, which the API cannot remove
 */
record AccountView(String username, List<String> roles, String email, boolean configured) {
}
