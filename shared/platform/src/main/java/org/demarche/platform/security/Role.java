package org.demarche.platform.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** What a person may do. Each role includes the ones below it. */
public enum Role {

    /** Manages accounts; can do everything a coordinator can. */
    ADMIN,
    /** Enters meetings, keeps the registry, edits drafts, acts on campaigns. */
    COORDINATOR,
    /** Sees everything, changes nothing. */
    LEAD;

    /** The names an account may carry, for error messages. */
    public static List<String> names() {
        return Arrays.stream(values()).map(Role::name).toList();
    }

    public static boolean isRole(String name) {
        return names().contains(name);
    }

    /** Whether this role may do what {@code other} may: ADMIN includes COORDINATOR, which includes LEAD. */
    public boolean includes(Role other) {
        return ordinal() <= other.ordinal();
    }

    /** The highest role among granted authorities such as {@code ROLE_LEAD}, if any. */
    public static Optional<Role> highestOf(Collection<String> authorities) {
        return Arrays.stream(values()).filter(role -> authorities.contains("ROLE_" + role.name())).findFirst();
    }
}
