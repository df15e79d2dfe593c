-- Letters worth signing: the language a target's letters are written in, cases that rulings attach
-- to, facts in more than one language, the situation in a country, and every version of a draft
-- with what partners signed.

-- The language letters to this target are written in, when coordinators chose one; otherwise the
-- target's own language if there are templates for it, else English.
ALTER TABLE target ADD COLUMN letter_language VARCHAR(35);
-- The salutation in other languages than the one it is kept in, as JSON {"fr": "..."}.
ALTER TABLE target ADD COLUMN salutations TEXT;

-- Rulings and resolutions attach to a case by one of its application numbers (comma-separated),
-- or by a case name that names the person and the case's country as respondent.
ALTER TABLE registered_case ADD COLUMN application_nos VARCHAR(1000) DEFAULT '' NOT NULL;
-- The description in other languages than English, as JSON {"fr": "..."}.
ALTER TABLE registered_case ADD COLUMN descriptions TEXT;
ALTER TABLE exchange ADD COLUMN summaries TEXT;

-- What human rights defenders report about a country, in one language; group_names comma-separated.
CREATE TABLE situation (
    id                   VARCHAR(100)  PRIMARY KEY,
    country              CHAR(2)       NOT NULL,
    language             VARCHAR(35)   NOT NULL,
    political_prisoners  VARCHAR(200),
    group_names          VARCHAR(2000) NOT NULL
);

-- The campaign's letter language, fixed when it opens; and the coordinator's rewording of parts of
-- its draft (JSON {"ask": "..."}), applied to every later version.
ALTER TABLE campaign ADD COLUMN letter_language VARCHAR(35);
ALTER TABLE campaign ADD COLUMN draft_edits TEXT;

-- Every version of a campaign's draft, as partners were asked to sign it. letter holds the composed
-- parts as JSON (without signatories); substance is what a signature vouches for (the ask and the
-- people named): a later version with another substance needs the signatories' confirmation.
CREATE TABLE draft_version (
    campaign_id        UUID          NOT NULL REFERENCES campaign (id),
    version            INTEGER       NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    reason             VARCHAR(1000) NOT NULL,
    language           VARCHAR(35)   NOT NULL,
    letter             TEXT          NOT NULL,
    text_body          TEXT          NOT NULL,
    diff               TEXT,
    substance          TEXT          NOT NULL,
    edits              TEXT          NOT NULL,
    asks_confirmation  BOOLEAN       NOT NULL,
    PRIMARY KEY (campaign_id, version)
);

-- Why a signature image was left out (not an image, too large...): the signature stands without it.
ALTER TABLE invitation ADD COLUMN signature_refusal VARCHAR(300);
-- The draft version a partner was last asked to sign (the first request, or a request to confirm).
ALTER TABLE invitation ADD COLUMN requested_version INTEGER;
-- A partner at risk may sign without being named: counted in the letter, never printed.
ALTER TABLE invitation ADD COLUMN anonymous BOOLEAN DEFAULT FALSE NOT NULL;
