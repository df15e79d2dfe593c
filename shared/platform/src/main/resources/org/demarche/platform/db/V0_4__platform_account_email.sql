-- A person's own email address, optional: partners who answer an email about a meeting this person
-- entered write to it (Reply-To). Kept from AccountSaved like the rest of the account.
ALTER TABLE platform_account ADD COLUMN email VARCHAR(320);
