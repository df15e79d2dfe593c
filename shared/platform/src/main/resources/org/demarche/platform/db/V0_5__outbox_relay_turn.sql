-- One row, the relay's turn: a relay locks it (FOR UPDATE SKIP LOCKED) at the start of each batch
-- transaction and skips the round when another instance holds it. Two instances sending batches
-- side by side could otherwise publish a later event of a campaign before an earlier one.
-- A row lock rather than an advisory lock, which H2 (the local stack) does not have.
CREATE TABLE outbox_relay_turn (
    id  INTEGER NOT NULL PRIMARY KEY
);
INSERT INTO outbox_relay_turn (id) VALUES (1);
