-- Where partners' replies go when no coordinator can be named: the first lead partner's contact,
-- as the latest sign-on request gave it, so that a confirmation sent when the partner answers (or
-- a reminder) can still name a person. reply_to (V4) keeps the coordinator's address.
ALTER TABLE sign_on_invitation ADD COLUMN lead_contact_email VARCHAR(320);
