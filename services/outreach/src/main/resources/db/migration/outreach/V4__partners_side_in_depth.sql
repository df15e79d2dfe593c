-- Delivery that survives faults, mail people trust, opt-outs and revocable links.

-- A message being sent is claimed until this moment: another worker (or this one after a
-- restart) takes it back only once the claim has lapsed, so a crash loses nothing.
ALTER TABLE outbound_message ADD COLUMN claimed_until TIMESTAMP WITH TIME ZONE;
-- The Message-ID, derived from the message's key so that a reminder can name the request it
-- follows (In-Reply-To, References) and a resend carries the same id.
ALTER TABLE outbound_message ADD COLUMN message_id VARCHAR(250);
ALTER TABLE outbound_message ADD COLUMN in_reply_to VARCHAR(250);
-- The one-click opt-out address of RFC 8058 (List-Unsubscribe), when the message has one.
ALTER TABLE outbound_message ADD COLUMN unsubscribe_url VARCHAR(2000);
-- The deadline and the meeting as an iCalendar file, sent with sign-on requests and reminders.
ALTER TABLE outbound_message ADD COLUMN calendar TEXT;
-- The recipient's zone when the message must wait out their quiet hours (reminders), also on retry.
ALTER TABLE outbound_message ADD COLUMN quiet_zone VARCHAR(100);

-- What the page and later emails need beyond the first request.
ALTER TABLE sign_on_invitation ADD COLUMN country VARCHAR(2);
ALTER TABLE sign_on_invitation ADD COLUMN reply_to VARCHAR(320);
ALTER TABLE sign_on_invitation ADD COLUMN anonymous BOOLEAN DEFAULT FALSE NOT NULL;
-- How many answers the partner has given: each one gets its own confirmation email.
ALTER TABLE sign_on_invitation ADD COLUMN answer_count INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE sign_on_invitation ADD COLUMN revoked_at TIMESTAMP WITH TIME ZONE;

-- A coordinator withdrew a partner's links to a campaign (a leaked or forwarded link, a
-- compromised mailbox). Kept as a record of who was cut off, when and why.
CREATE TABLE sign_on_revocation (
    id              UUID          PRIMARY KEY,
    campaign_id     UUID          NOT NULL,
    partner_id      VARCHAR(200)  NOT NULL,
    reason          VARCHAR(2000),
    revoked_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX sign_on_revocation_partner ON sign_on_revocation (campaign_id, partner_id);

-- Addresses that asked for no more email: per country of concern ('AZ') when the campaign said
-- which, otherwise per campaign ('campaign:<id>'). Addresses are kept in lower case.
CREATE TABLE partner_opt_out (
    email           VARCHAR(320)  NOT NULL,
    scope           VARCHAR(60)   NOT NULL,
    campaign_id     UUID          NOT NULL,
    partner_id      VARCHAR(320),
    opted_out_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT partner_opt_out_pk PRIMARY KEY (email, scope)
);
