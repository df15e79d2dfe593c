package org.demarche.bench.chaos;

import java.time.Duration;
import java.util.Map;

/**
 * The campaign plan the services run with, the product's days (P9D, P5D, P3D, P2D, P7D) become
 * seconds, counted from the meeting's start: requests four minutes before, the reminder a minute
 * and a half later, signing closing a minute after that, publication half a minute later.
 */
record Timeline(Duration signOnRequests, Duration reminder, Duration signOnCloses, Duration publication,
                Duration followUp) {

    static final Timeline COMPRESSED = new Timeline(Duration.ofSeconds(240), Duration.ofSeconds(150),
            Duration.ofSeconds(90), Duration.ofSeconds(60), Duration.ofSeconds(10));

    /** How far ahead of its entry the first meeting starts: its requests are due 15 s after it is entered. */
    Duration firstMeetingLead() {
        return signOnRequests.plusSeconds(15);
    }

    Map<String, String> environment() {
        return Map.of(
                "DEMARCHE_TIMELINE_SIGNONREQUESTS", seconds(signOnRequests),
                "DEMARCHE_TIMELINE_REMINDER", seconds(reminder),
                "DEMARCHE_TIMELINE_SIGNONCLOSES", seconds(signOnCloses),
                "DEMARCHE_TIMELINE_PUBLICATION", seconds(publication),
                "DEMARCHE_TIMELINE_FOLLOWUP", seconds(followUp));
    }

    private static String seconds(Duration duration) {
        return "PT" + duration.toSeconds() + "S";
    }
}
