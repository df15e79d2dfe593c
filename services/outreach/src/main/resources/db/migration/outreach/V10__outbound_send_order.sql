-- Senders take the queue by send_order rather than created_at: a campaign's messages queued together
-- are spread out in that order (demarche.outreach.delivery.campaign-interleave), so that other
-- campaigns' messages take turns with them. Messages already queued keep their place.
ALTER TABLE outbound_message ADD COLUMN send_order TIMESTAMP WITH TIME ZONE;
UPDATE outbound_message SET send_order = created_at;
ALTER TABLE outbound_message ALTER COLUMN send_order SET NOT NULL;
DROP INDEX outbound_message_due;
CREATE INDEX outbound_message_due ON outbound_message (status, send_order, id);
