-- Events a consumer has already applied. Inserted in the same transaction as the effect,
-- so a redelivered event is recognised and changes nothing.
CREATE TABLE processed_event (
    consumer      VARCHAR(100) NOT NULL,
    event_id      UUID         NOT NULL,
    event_type    VARCHAR(200) NOT NULL,
    processed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (consumer, event_id)
);
