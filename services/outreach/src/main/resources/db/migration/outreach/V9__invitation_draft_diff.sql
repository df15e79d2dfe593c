-- What changed in the draft since the version the partner last saw, as the latest sign-on request
-- carried it (a unified diff; null for a first request), so that the partner's page shows the
-- words changed as the email does.
ALTER TABLE sign_on_invitation ADD COLUMN draft_diff TEXT;
