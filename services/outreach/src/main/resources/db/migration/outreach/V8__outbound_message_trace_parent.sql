-- The W3C traceparent of the work that queued the message (a campaign's deadline, a partner's
-- answer), so that sending it continues the trace that began with the meeting. Empty for messages
-- queued before tracing.
ALTER TABLE outbound_message ADD COLUMN trace_parent VARCHAR(200);
