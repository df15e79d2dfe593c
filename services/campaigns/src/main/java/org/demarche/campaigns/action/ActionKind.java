package org.demarche.campaigns.action;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The actions of {@code POST /api/campaigns/{id}/actions}, by their names in the API and the audit log. */
enum ActionKind {
    EXTEND_SIGNING("extend-signing"),
    EXTRA_REMINDER("extra-reminder"),
    PUBLISH_NOW("publish-now"),
    PAUSE("pause"),
    RESUME("resume"),
    REVOKE_LINK("revoke-link");

    private final String wireName;

    ActionKind(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<ActionKind> fromWireName(String name) {
        return Arrays.stream(values()).filter(kind -> kind.wireName.equals(name)).findFirst();
    }

    /** {@code extend-signing, extra-reminder, ...}, for messages. */
    public static String wireNames() {
        return Arrays.stream(values()).map(ActionKind::wireName).collect(Collectors.joining(", "));
    }
}
