-- Meetings as coordinators entered them. starts_at is the instant (UTC); local_start and
-- time_zone keep what the coordinator typed, so the form shows it back unchanged.
CREATE TABLE meeting (
    id            UUID          PRIMARY KEY,
    title         VARCHAR(500)  NOT NULL,
    local_start   VARCHAR(32)   NOT NULL,
    time_zone     VARCHAR(64)   NOT NULL,
    starts_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    city          VARCHAR(200)  NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    entered_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE meeting_participant (
    meeting_id    UUID          NOT NULL REFERENCES meeting (id),
    position      INTEGER       NOT NULL,
    name          VARCHAR(200)  NOT NULL,
    title         VARCHAR(200),
    country       CHAR(2)       NOT NULL,
    PRIMARY KEY (meeting_id, position)
);
