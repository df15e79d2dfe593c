package org.demarche.campaigns.timeline;

import java.util.Arrays;

/** The steps of every campaign, in the order they happen. */
public enum DeadlineKind {
    SIGN_ON_REQUESTS("sign-on-requests"),
    REMINDER("reminder"),
    SIGN_ON_CLOSES("sign-on-closes"),
    PUBLICATION("publication"),
    FOLLOW_UP("follow-up");

    private final String wireName;

    DeadlineKind(String wireName) {
        this.wireName = wireName;
    }

    /** The name used in events and the API, e.g. {@code sign-on-requests}. */
    public String wireName() {
        return wireName;
    }

    /** Whether the step comes before the meeting (all but the follow-up). */
    boolean beforeMeeting() {
        return this != FOLLOW_UP;
    }

    public static DeadlineKind fromWireName(String name) {
        return Arrays.stream(values()).filter(kind -> kind.wireName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown deadline kind '" + name + "'"));
    }
}
