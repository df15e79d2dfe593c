-- The meeting's own zone, in which leads read its date and the days left to it.
ALTER TABLE campaign_overview ADD COLUMN meeting_time_zone VARCHAR(64);
ALTER TABLE campaign_overview ADD COLUMN emails_bounced INTEGER NOT NULL DEFAULT 0;

-- Everyone the campaign's emails went to, and how each partner answered. A row is a partner of
-- the campaign (is_partner) once it was asked to sign or answered; email results for other
-- recipients (the target of the final letter) and results that arrive before the request they
-- follow are kept too, so the order in which the topics are read does not change the outcome.
-- Answer and delivery each keep the latest state by the time it happened.
CREATE TABLE campaign_partner (
    campaign_id         UUID          NOT NULL,
    partner_id          VARCHAR(320)  NOT NULL,
    is_partner          BOOLEAN       NOT NULL DEFAULT FALSE,
    organisation        VARCHAR(300),
    email               VARCHAR(320),
    answer              VARCHAR(20)   NOT NULL DEFAULT 'pending',
    answered_at         TIMESTAMP WITH TIME ZONE,
    delivery            VARCHAR(20)   NOT NULL DEFAULT 'queued',
    delivery_problem    VARCHAR(1000),
    delivery_at         TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (campaign_id, partner_id)
);

-- Meetings move after their campaign opened: the latest start of each moved meeting, which the
-- overview shows instead of the one the campaign opened with.
ALTER TABLE campaign_overview ADD COLUMN meeting_id UUID;
CREATE INDEX campaign_overview_by_meeting ON campaign_overview (meeting_id);

CREATE TABLE meeting_schedule (
    meeting_id          UUID          PRIMARY KEY,
    starts_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    time_zone           VARCHAR(64)   NOT NULL
);
