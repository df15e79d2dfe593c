-- The partner organisation's country, as its signatory gives it when signing (the only event the
-- dashboard reads that carries it), for the campaign page and the partners' CSV export.
-- Wide: the sign-on form does not hold partners to a two-letter code.
ALTER TABLE campaign_partner ADD COLUMN country VARCHAR(200);
