-- Meetings this service has learnt of from intake's events. applied_events counts the meeting
-- events applied to the row: a redelivered event must not raise it.
CREATE TABLE known_meeting (
    id              UUID          PRIMARY KEY,
    title           VARCHAR(500)  NOT NULL,
    starts_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    time_zone       VARCHAR(64)   NOT NULL,
    city            VARCHAR(200)  NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    applied_events  INTEGER       NOT NULL
);
