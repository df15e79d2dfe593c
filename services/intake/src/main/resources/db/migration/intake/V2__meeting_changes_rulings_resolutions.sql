-- A meeting can be moved or cancelled after it was entered.
ALTER TABLE meeting ADD COLUMN changed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE meeting ADD COLUMN cancellation_reason VARCHAR(1000);

-- Court judgments as coordinators entered them. One judgment is one court, application number
-- and date: entering it again finds the stored one instead of announcing it twice.
CREATE TABLE ruling (
    id              UUID          PRIMARY KEY,
    court           VARCHAR(200)  NOT NULL,
    case_name       VARCHAR(500)  NOT NULL,
    application_no  VARCHAR(100)  NOT NULL,
    respondent      VARCHAR(2)    NOT NULL,
    judgment_date   DATE          NOT NULL,
    summary         VARCHAR(4000),
    url             VARCHAR(2000),
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ruling_judgment_once UNIQUE (court, application_no, judgment_date)
);

CREATE TABLE ruling_article (
    ruling_id       UUID          NOT NULL REFERENCES ruling (id),
    position        INTEGER       NOT NULL,
    article         VARCHAR(50)   NOT NULL,
    PRIMARY KEY (ruling_id, position)
);

-- Decisions of supervisory bodies (Committee of Ministers) as entered; a body's reference
-- names one decision.
CREATE TABLE resolution (
    id              UUID          PRIMARY KEY,
    body            VARCHAR(200)  NOT NULL,
    reference       VARCHAR(200)  NOT NULL,
    adopted_on      DATE          NOT NULL,
    respondent      VARCHAR(2)    NOT NULL,
    case_name       VARCHAR(500),
    application_no  VARCHAR(100),
    kind            VARCHAR(40)   NOT NULL,
    summary         VARCHAR(4000),
    url             VARCHAR(2000),
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT resolution_reference_once UNIQUE (body, reference)
);
