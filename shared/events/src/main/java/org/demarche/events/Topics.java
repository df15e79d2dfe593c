package org.demarche.events;

import java.util.List;

/** Kafka topic names. A breaking change to a topic's events is a new topic version. */
public final class Topics {

    public static final String MEETINGS = "demarche.meetings.v1";
    public static final String RULINGS = "demarche.rulings.v1";
    public static final String RESOLUTIONS = "demarche.resolutions.v1";
    public static final String CAMPAIGNS = "demarche.campaigns.v1";
    public static final String OUTREACH = "demarche.outreach.v1";
    public static final String RESPONSES = "demarche.responses.v1";
    public static final String ACCOUNTS = "demarche.accounts.v1";
    public static final String REGISTRY = "demarche.registry.v1";

    public static final List<String> ALL = List.of(MEETINGS, RULINGS, RESOLUTIONS, CAMPAIGNS, OUTREACH, RESPONSES,
            ACCOUNTS, REGISTRY);

    private Topics() {
    }

    /** The dead-letter topic for {@code topic}, named as Spring Kafka's DeadLetterPublishingRecoverer names it. */
    public static String deadLetter(String topic) {
        return topic + "-dlt";
    }
}
