-- The cases the registry announced (CaseRegistered), the latest event of each: the HUDOC watcher
-- follows the countries with at least one open case. changed_at is the event's time, so that an
-- older event delivered again does not undo a later one.
CREATE TABLE registered_case (
    case_id         VARCHAR(200)  PRIMARY KEY,
    country         VARCHAR(2)    NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    changed_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Where the HUDOC watcher stopped, per source ('hudoc', 'hudoc-exec') and state (alpha-3):
-- from_date is the date of the latest document of the last page fully imported; the next poll
-- asks for documents dated on or after it (those of that very day again, as duplicates). It only
-- moves forward, and only past pages imported whole. next_poll_at lets one instance claim a poll.
CREATE TABLE hudoc_watch_cursor (
    source          VARCHAR(20)   NOT NULL,
    state           VARCHAR(3)    NOT NULL,
    from_date       DATE,
    next_poll_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_polled_at  TIMESTAMP WITH TIME ZONE,
    last_outcome    VARCHAR(20),
    last_import_id  UUID,
    last_error      VARCHAR(2000),
    PRIMARY KEY (source, state)
);
