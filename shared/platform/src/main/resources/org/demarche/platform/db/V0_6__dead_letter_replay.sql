-- Who replayed which dead-lettered record, and when. One replay per dead letter: replaying it
-- again would hand the same record twice to a listener that may have been fixed in between.
CREATE TABLE dead_letter_replay (
    dead_letter_topic      VARCHAR(249) NOT NULL,
    dead_letter_partition  INTEGER      NOT NULL,
    dead_letter_offset     BIGINT       NOT NULL,
    original_topic         VARCHAR(249) NOT NULL,
    consumer_group         VARCHAR(255) NOT NULL,
    event_id               VARCHAR(100),
    event_type             VARCHAR(200),
    replayed_by            VARCHAR(100) NOT NULL,
    replayed_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (dead_letter_topic, dead_letter_partition, dead_letter_offset)
);
