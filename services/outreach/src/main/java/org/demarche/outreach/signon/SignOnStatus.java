package org.demarche.outreach.signon;

import java.util.Arrays;

/** Where a partner stands on an invitation: not answered yet, signed or declined. */
public enum SignOnStatus {
    PENDING("pending"), SIGNED("signed"), DECLINED("declined");

    private final String wireName;

    SignOnStatus(String wireName) {
        this.wireName = wireName;
    }

    /** As stored and as the JSON API writes it. */
    public String wireName() {
        return wireName;
    }

    public boolean answered() {
        return this != PENDING;
    }

    static SignOnStatus ofWireName(String name) {
        return Arrays.stream(values()).filter(status -> status.wireName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown sign-on status '" + name + "'"));
    }
}
