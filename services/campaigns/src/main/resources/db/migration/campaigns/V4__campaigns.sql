-- One campaign per (meeting, target, country of concern).
CREATE TABLE campaign (
    id                  UUID          PRIMARY KEY,
    meeting_id          UUID          NOT NULL,
    target_id           VARCHAR(100)  NOT NULL,
    country             CHAR(2)       NOT NULL,
    title               VARCHAR(600)  NOT NULL,
    status              VARCHAR(30)   NOT NULL,
    meeting_title       VARCHAR(500)  NOT NULL,
    meeting_starts_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    meeting_time_zone   VARCHAR(64)   NOT NULL,
    meeting_city        VARCHAR(200)  NOT NULL,
    other_leader_name   VARCHAR(200)  NOT NULL,
    other_leader_title  VARCHAR(300)  NOT NULL,
    draft_version       INTEGER       NOT NULL,
    opened_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT campaign_once UNIQUE (meeting_id, target_id, country)
);

-- The campaign's steps and when they are due; status scheduled | reached | cancelled.
CREATE TABLE campaign_deadline (
    campaign_id   UUID          NOT NULL REFERENCES campaign (id),
    kind          VARCHAR(40)   NOT NULL,
    due_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    reached_at    TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (campaign_id, kind)
);

-- Partners asked to co-sign and their answers; status invited | signed | declined.
CREATE TABLE invitation (
    campaign_id             UUID          NOT NULL REFERENCES campaign (id),
    partner_id              VARCHAR(100)  NOT NULL,
    status                  VARCHAR(20)   NOT NULL,
    invited_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    answered_at             TIMESTAMP WITH TIME ZONE,
    signatory_name          VARCHAR(200),
    signatory_title         VARCHAR(200),
    signatory_organisation  VARCHAR(300),
    signatory_country       CHAR(2),
    signature_image         BYTEA,
    signed_version          INTEGER,
    PRIMARY KEY (campaign_id, partner_id)
);

-- The letter as published: what GET .../letter serves once the campaign is published.
CREATE TABLE published_letter (
    campaign_id     UUID          PRIMARY KEY REFERENCES campaign (id),
    draft_version   INTEGER       NOT NULL,
    published_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    html            TEXT          NOT NULL,
    text_body       TEXT          NOT NULL,
    pdf             BYTEA         NOT NULL
);
