-- Court rulings and committee resolutions about a country, learnt from intake's events; letters
-- about that country cite them.
CREATE TABLE ruling (
    id                 UUID          PRIMARY KEY,
    court              VARCHAR(200)  NOT NULL,
    case_name          VARCHAR(500)  NOT NULL,
    application_no     VARCHAR(100)  NOT NULL,
    respondent         CHAR(2)       NOT NULL,
    judgment_date      DATE          NOT NULL,
    articles_violated  VARCHAR(500)  NOT NULL,
    summary            TEXT,
    url                VARCHAR(2000)
);

CREATE TABLE resolution (
    id                 UUID          PRIMARY KEY,
    body               VARCHAR(200)  NOT NULL,
    reference          VARCHAR(200)  NOT NULL,
    adopted_on         DATE          NOT NULL,
    respondent         CHAR(2)       NOT NULL,
    case_name          VARCHAR(500),
    application_no     VARCHAR(100),
    kind               VARCHAR(40)   NOT NULL,
    summary            TEXT,
    url                VARCHAR(2000)
);
