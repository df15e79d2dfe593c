package org.demarche.platform.security;

import java.util.Arrays;
import java.util.List;

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
}
