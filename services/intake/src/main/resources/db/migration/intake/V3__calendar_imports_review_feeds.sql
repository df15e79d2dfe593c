-- Heads of state and government that calendar imports recognise as participants. Shipped
-- entries are inserted at start-up when their id is missing; a coordinator's change (or
-- retirement: active = FALSE) is kept, since the shipped file never overwrites a row.
CREATE TABLE head_of_state (
    id              VARCHAR(100)  PRIMARY KEY,
    name            VARCHAR(200)  NOT NULL,
    title           VARCHAR(200),
    country         VARCHAR(2)    NOT NULL,
    aliases         VARCHAR(2000),
    active          BOOLEAN       NOT NULL,
    changed_by      VARCHAR(20)   NOT NULL,
    changed_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Each calendar entry (an event, or one occurrence of a recurring one) imported so far, by its
-- iCalendar UID and occurrence ('' for a single event, else the occurrence's original start).
-- sequence and fingerprint are those of the version last applied: a re-import of the same
-- version changes nothing, an older SEQUENCE is ignored.
CREATE TABLE calendar_entry (
    uid             VARCHAR(1000) NOT NULL,
    occurrence      VARCHAR(40)   NOT NULL,
    original_start  TIMESTAMP WITH TIME ZONE NOT NULL,
    meeting_id      UUID,
    state           VARCHAR(20)   NOT NULL,
    sequence        INTEGER       NOT NULL,
    fingerprint     VARCHAR(64)   NOT NULL,
    first_seen_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (uid, occurrence)
);
CREATE INDEX calendar_entry_by_meeting ON calendar_entry (meeting_id);

-- Calendar entries whose participants (or place) could not be recognised, waiting for a
-- coordinator. One row per entry; a newer version of the entry replaces what is shown.
CREATE TABLE review_item (
    id              UUID          PRIMARY KEY,
    uid             VARCHAR(1000) NOT NULL,
    occurrence      VARCHAR(40)   NOT NULL,
    title           VARCHAR(500)  NOT NULL,
    summary         VARCHAR(2000),
    location        VARCHAR(1000),
    attendees       VARCHAR(4000),
    local_start     VARCHAR(32)   NOT NULL,
    time_zone       VARCHAR(64)   NOT NULL,
    starts_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    city            VARCHAR(200),
    recognised      VARCHAR(4000),
    reason          VARCHAR(1000) NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    meeting_id      UUID,
    held_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT review_item_entry_once UNIQUE (uid, occurrence)
);

-- One import (an upload or a feed's poll): its progress while it runs and its counts after.
CREATE TABLE import_run (
    id              UUID          PRIMARY KEY,
    kind            VARCHAR(20)   NOT NULL,
    source          VARCHAR(2000) NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    total           INTEGER       NOT NULL,
    processed       INTEGER       NOT NULL,
    result          TEXT,
    error           VARCHAR(2000),
    started_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at     TIMESTAMP WITH TIME ZONE
);

-- HUDOC and HUDOC-EXEC records already imported, by the source's own identifier (itemid,
-- execidentifier), and the ruling or resolution each became.
CREATE TABLE legal_source_record (
    source          VARCHAR(20)   NOT NULL,
    identifier      VARCHAR(200)  NOT NULL,
    fact_id         UUID          NOT NULL,
    imported_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (source, identifier)
);

-- Subscribed sources, polled on a schedule: an iCalendar feed or a HUDOC / HUDOC-EXEC result,
-- by URL (fetched with If-None-Match / If-Modified-Since) or by a file under the feeds folder.
CREATE TABLE feed (
    id              UUID          PRIMARY KEY,
    kind            VARCHAR(20)   NOT NULL,
    url             VARCHAR(2000),
    path            VARCHAR(1000),
    etag            VARCHAR(500),
    last_modified   VARCHAR(100),
    content_hash    VARCHAR(64),
    next_poll_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_polled_at  TIMESTAMP WITH TIME ZONE,
    last_outcome    VARCHAR(20),
    last_import_id  UUID,
    last_error      VARCHAR(2000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
