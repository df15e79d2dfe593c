package org.demarche.campaigns.action;

import java.sql.Timestamp;
import java.util.UUID;

import org.demarche.events.campaign.CampaignActionTaken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The campaign_action table: the actions taken on each campaign, as their audit events say. */
@Repository
class ActionLog {

    private final JdbcClient jdbc;

    ActionLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(UUID id, CampaignActionTaken taken) {
        jdbc.sql("""
                        INSERT INTO campaign_action (id, campaign_id, action, actor, reason, detail, taken_at)
                        VALUES (:id, :campaign, :action, :actor, :reason, :detail, :at)
                        """)
                .param("id", id).param("campaign", taken.campaignId()).param("action", taken.action())
                .param("actor", taken.actor()).param("reason", taken.reason()).param("detail", taken.detail())
                .param("at", Timestamp.from(taken.takenAt()))
                .update();
    }

    int count(UUID campaignId, ActionKind kind) {
        return jdbc.sql("SELECT COUNT(*) FROM campaign_action WHERE campaign_id = :campaign AND action = :action")
                .param("campaign", campaignId).param("action", kind.wireName())
                .query(Integer.class).single();
    }
}
