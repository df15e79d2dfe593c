package org.demarche.campaigns.campaign;

/** The statuses of API.md, as they appear in the API and in events. */
public final class CampaignStatus {

    public static final String OPEN = "open";
    public static final String SIGNING = "signing";
    public static final String CLOSED_FOR_SIGNING = "closed-for-signing";
    public static final String PUBLISHED = "published";
    public static final String PAUSED = "paused";
    public static final String CANCELLED = "cancelled";
    public static final String DONE = "done";

    private CampaignStatus() {
    }
}
