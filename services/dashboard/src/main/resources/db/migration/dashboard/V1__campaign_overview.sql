-- The leads' read model: one row per campaign, kept up to date from events.
CREATE TABLE campaign_overview (
    id                  UUID          PRIMARY KEY,
    title               VARCHAR(500)  NOT NULL,
    country             CHAR(2)       NOT NULL,
    target_name         VARCHAR(200)  NOT NULL,
    meeting_starts_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    status              VARCHAR(30)   NOT NULL,
    invited             INTEGER       NOT NULL DEFAULT 0,
    signed              INTEGER       NOT NULL DEFAULT 0,
    declined            INTEGER       NOT NULL DEFAULT 0,
    emails_sent         INTEGER       NOT NULL DEFAULT 0,
    emails_failed       INTEGER       NOT NULL DEFAULT 0
);

CREATE TABLE campaign_deadline (
    campaign_id         UUID          NOT NULL,
    kind                VARCHAR(40)   NOT NULL,
    due_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    reached             BOOLEAN       NOT NULL DEFAULT FALSE,
    PRIMARY KEY (campaign_id, kind)
);

-- What happened to each campaign, newest last.
CREATE TABLE campaign_event (
    event_id            UUID          PRIMARY KEY,
    campaign_id         UUID          NOT NULL,
    event_type          VARCHAR(200)  NOT NULL,
    occurred_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    summary             VARCHAR(1000) NOT NULL
);
CREATE INDEX campaign_event_by_campaign ON campaign_event (campaign_id, occurred_at);
