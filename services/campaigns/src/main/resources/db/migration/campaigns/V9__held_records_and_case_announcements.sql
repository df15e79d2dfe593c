-- Court records held for a coordinator: a name match with two or more open cases of one country (the
-- same surname), which is never guessed. candidates: the case ids, comma-separated. status: held |
-- attached (case_id) | dismissed (about none of the cases) | resolved (the registry changed so that
-- it is no longer in doubt).
CREATE TABLE held_record (
    id            UUID          PRIMARY KEY,
    record_id     UUID          NOT NULL,
    record_type   VARCHAR(20)   NOT NULL,
    country       CHAR(2)       NOT NULL,
    candidates    VARCHAR(2000) NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    held_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at    TIMESTAMP WITH TIME ZONE,
    decided_by    VARCHAR(200),
    case_id       VARCHAR(100),
    CONSTRAINT held_record_once UNIQUE (record_id, country)
);

CREATE INDEX held_record_by_status ON held_record (status, held_at);

-- Whether CaseRegistered announced the case. Cases registered before the event existed are not:
-- the service announces them when it starts, so that intake learns every open case's state.
ALTER TABLE registered_case ADD COLUMN announced BOOLEAN DEFAULT FALSE NOT NULL;
