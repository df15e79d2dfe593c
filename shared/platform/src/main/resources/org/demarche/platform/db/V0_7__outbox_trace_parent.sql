-- The W3C traceparent of the work that wrote the event, so that the relay sends it in the same
-- trace rather than in one of its own. Empty for rows written before tracing, or by untraced work.
ALTER TABLE outbox_event ADD COLUMN trace_parent VARCHAR(200);
