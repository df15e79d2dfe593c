-- A message is now unique per (campaign, partner, kind, occasion): the occasion is the draft
-- version for sign-on requests and final letters ('draft-2') and the reminder number for
-- reminders ('reminder-1'), so a second reminder about the same draft is still one of its own.
ALTER TABLE outbound_message ADD COLUMN occasion VARCHAR(100);
UPDATE outbound_message SET occasion = CONCAT('draft-', CAST(draft_version AS VARCHAR(11)));
ALTER TABLE outbound_message ALTER COLUMN occasion SET NOT NULL;
ALTER TABLE outbound_message DROP CONSTRAINT outbound_message_once;
ALTER TABLE outbound_message ADD CONSTRAINT outbound_message_once UNIQUE (campaign_id, partner_id, kind, occasion);

-- Where replies go, when the campaign names an address.
ALTER TABLE outbound_message ADD COLUMN reply_to VARCHAR(320);
-- Not sent before this moment: reminders wait out the partner's quiet hours.
ALTER TABLE outbound_message ADD COLUMN not_before TIMESTAMP WITH TIME ZONE;
-- A file sent with the message (the final letter's PDF), kept so that a resend fetches nothing.
ALTER TABLE outbound_message ADD COLUMN attachment_name VARCHAR(300);
ALTER TABLE outbound_message ADD COLUMN attachment_type VARCHAR(100);
ALTER TABLE outbound_message ADD COLUMN attachment_content BYTEA;

CREATE INDEX outbound_message_due ON outbound_message (status, created_at);
