-- Leads' calendar subscriptions: one secret token per feed, kept only as its SHA-256 so that a
-- copy of the database does not hand out working feed addresses.
CREATE TABLE calendar_feed (
    token_hash          VARCHAR(64)   PRIMARY KEY,
    lead                VARCHAR(200)  NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Every meeting intake announced, as it stands now, for the leads' calendar feeds (meetings with
-- no campaign included). version counts the changes, the feed's SEQUENCE.
CREATE TABLE calendar_meeting (
    meeting_id          UUID          PRIMARY KEY,
    title               VARCHAR(500)  NOT NULL,
    starts_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    time_zone           VARCHAR(64)   NOT NULL,
    city                VARCHAR(200)  NOT NULL,
    participants        VARCHAR(4000),
    status              VARCHAR(20)   NOT NULL,
    version             INTEGER       NOT NULL,
    changed_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
