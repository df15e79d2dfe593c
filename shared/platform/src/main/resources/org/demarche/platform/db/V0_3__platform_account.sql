-- This service's copy of the accounts an administrator manages on the dashboard, kept from the
-- demarche.accounts.v1 topic. Password hashes only (bcrypt), never passwords.
CREATE TABLE platform_account (
    username       VARCHAR(100)  NOT NULL PRIMARY KEY,
    password_hash  VARCHAR(500)  NOT NULL,
    roles          VARCHAR(200)  NOT NULL,
    saved_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
