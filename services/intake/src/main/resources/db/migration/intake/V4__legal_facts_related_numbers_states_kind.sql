-- HUDOC lists every application a judgment or committee document joined and every respondent
-- state ("14305/17;16113/17", "MDA;RUS"): the first is the fact's own, the others are kept here,
-- ';'-separated as HUDOC writes them (read and written whole, never searched one by one).
ALTER TABLE ruling ADD COLUMN related_application_nos VARCHAR(2000);
ALTER TABLE ruling ADD COLUMN other_respondents VARCHAR(200);
-- 'judgment', or 'infringement-judgment' for the Court's answer to a referral under Article 46 § 4.
ALTER TABLE ruling ADD COLUMN kind VARCHAR(40) DEFAULT 'judgment' NOT NULL;

ALTER TABLE resolution ADD COLUMN related_application_nos VARCHAR(2000);
ALTER TABLE resolution ADD COLUMN other_respondents VARCHAR(200);
