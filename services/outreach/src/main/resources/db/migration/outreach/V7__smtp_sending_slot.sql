-- The next free sending slot of each SMTP host, shared by every outreach instance on this
-- database: a sender locks its host's row, takes the slot (now, if the host has been idle) and
-- moves it one interval on, so all instances together keep to delivery.rate-limit.
CREATE TABLE smtp_sending_slot (
    smtp_host  VARCHAR(255) NOT NULL PRIMARY KEY,
    next_slot  TIMESTAMP WITH TIME ZONE NOT NULL
);
