-- Personal links are now signed tokens that carry the campaign and the partner, so nothing needs
-- to be looked up by token. The invitation keeps what the partner's page shows and the partner's
-- answer, one row per campaign and partner.
DROP TABLE sign_on_invitation;

CREATE TABLE sign_on_invitation (
    campaign_id             UUID          NOT NULL,
    partner_id              VARCHAR(200)  NOT NULL,
    organisation            VARCHAR(1000) NOT NULL,
    contact_name            VARCHAR(1000) NOT NULL,
    email                   VARCHAR(320)  NOT NULL,
    language                VARCHAR(35)   NOT NULL,
    time_zone               VARCHAR(100)  NOT NULL,
    campaign_title          VARCHAR(1000) NOT NULL,
    draft_version           INTEGER       NOT NULL,
    draft_text              TEXT          NOT NULL,
    sign_on_deadline        TIMESTAMP WITH TIME ZONE NOT NULL,
    meeting_starts_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    meeting_time_zone       VARCHAR(100)  NOT NULL,
    invited_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the partner's latest answer: pending, signed or declined
    answer                  VARCHAR(20)   NOT NULL,
    answered_at             TIMESTAMP WITH TIME ZONE,
    answered_draft_version  INTEGER,
    signatory_name          VARCHAR(1000),
    signatory_title         VARCHAR(1000),
    signatory_organisation  VARCHAR(1000),
    signatory_country       VARCHAR(2),
    signature_image         BYTEA,
    decline_reason          VARCHAR(2000),
    CONSTRAINT sign_on_invitation_pk PRIMARY KEY (campaign_id, partner_id)
);
