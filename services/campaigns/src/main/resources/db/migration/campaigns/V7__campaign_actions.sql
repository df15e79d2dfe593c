-- Coordinators' manual actions on campaigns (POST /api/campaigns/{id}/actions), as announced in
-- CampaignActionTaken: the campaign's own record of them, e.g. to number extra reminders.
CREATE TABLE campaign_action (
    id           UUID          PRIMARY KEY,
    campaign_id  UUID          NOT NULL REFERENCES campaign (id),
    action       VARCHAR(40)   NOT NULL,
    actor        VARCHAR(200)  NOT NULL,
    reason       VARCHAR(2000) NOT NULL,
    detail       VARCHAR(2000) NOT NULL,
    taken_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX campaign_action_by_campaign ON campaign_action (campaign_id, taken_at);
