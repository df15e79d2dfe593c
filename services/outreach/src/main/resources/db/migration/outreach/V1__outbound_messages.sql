-- One row per message to send, written before sending: (campaign, partner, kind, draft version)
-- is unique, so a redelivered request never produces a second email.
CREATE TABLE outbound_message (
    id              UUID          PRIMARY KEY,
    campaign_id     UUID          NOT NULL,
    partner_id      VARCHAR(200)  NOT NULL,
    kind            VARCHAR(40)   NOT NULL,
    draft_version   INTEGER       NOT NULL,
    recipient       VARCHAR(320)  NOT NULL,
    subject         VARCHAR(1000) NOT NULL,
    text_body       TEXT          NOT NULL,
    html_body       TEXT          NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    attempts        INTEGER       NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(2000),
    CONSTRAINT outbound_message_once UNIQUE (campaign_id, partner_id, kind, draft_version)
);

-- A partner's personal link: one campaign, one partner.
CREATE TABLE sign_on_invitation (
    token           VARCHAR(100)  PRIMARY KEY,
    campaign_id     UUID          NOT NULL,
    partner_id      VARCHAR(200)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT sign_on_invitation_once UNIQUE (campaign_id, partner_id)
);
