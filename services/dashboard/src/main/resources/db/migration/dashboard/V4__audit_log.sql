-- Coordinators' manual actions on campaigns, as CampaignActionTaken announced them: the audit log
-- leads read at GET /api/audit?campaign={id}. One row per event, so a redelivered one adds nothing.
CREATE TABLE audit_entry (
    event_id     UUID          PRIMARY KEY,
    campaign_id  UUID          NOT NULL,
    taken_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(200)  NOT NULL,
    action       VARCHAR(40)   NOT NULL,
    reason       VARCHAR(2000) NOT NULL,
    detail       VARCHAR(2000) NOT NULL
);

CREATE INDEX audit_entry_by_campaign ON audit_entry (campaign_id, taken_at);
