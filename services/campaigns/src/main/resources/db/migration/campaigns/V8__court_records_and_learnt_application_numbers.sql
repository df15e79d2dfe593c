-- Names the Court's way: court records keep HUDOC's further application numbers and respondent
-- states, an Article 46 § 4 judgment is told apart from a judgment on the merits, and a case keeps
-- the application numbers learnt from the records that name its person.

-- Comma-separated: the applications a judgment joined or a resolution concerns after the first, and
-- the respondent states after the first (alpha-2).
ALTER TABLE ruling ADD COLUMN related_application_nos TEXT;
ALTER TABLE ruling ADD COLUMN other_respondents VARCHAR(200) DEFAULT '' NOT NULL;
-- judgment | infringement-judgment (the Court's answer to a referral under Article 46 § 4)
ALTER TABLE ruling ADD COLUMN kind VARCHAR(40) DEFAULT 'judgment' NOT NULL;
ALTER TABLE resolution ADD COLUMN related_application_nos TEXT;
ALTER TABLE resolution ADD COLUMN other_respondents VARCHAR(200) DEFAULT '' NOT NULL;

-- Application numbers the case file learnt for the case (comma-separated), beside those coordinators
-- entered in application_nos: the numbers of the records matched to it by name or attached to it by a
-- coordinator. A PUT of the case keeps them unless it changes the person or the country.
ALTER TABLE registered_case ADD COLUMN learnt_application_nos TEXT;

-- Which case a court record is about, where a name or a coordinator decided it (how: name |
-- coordinator). Records sharing an application number with a case need no row: the number says it.
CREATE TABLE case_file_link (
    record_id   UUID          NOT NULL,
    case_id     VARCHAR(100)  NOT NULL,
    how         VARCHAR(20)   NOT NULL,
    linked_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (record_id, case_id)
);

CREATE INDEX case_file_link_by_case ON case_file_link (case_id);

-- One row per country whose cases are registered: changes to a country's cases and the matching of
-- court records to them take this row's lock first, so that a record arriving while a case is put is
-- matched by one of the two transactions, whichever commits last.
CREATE TABLE case_country_lock (
    country     CHAR(2)       PRIMARY KEY
);
