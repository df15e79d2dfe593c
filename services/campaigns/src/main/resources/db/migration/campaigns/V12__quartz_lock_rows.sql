-- Quartz's row locks, present from the start. Quartz inserts a lock's row the first time it takes
-- the lock, inside the transaction that needs it; two instances doing so at once on a fresh
-- database collide on the key, and on PostgreSQL the loser's whole transaction (a campaign being
-- opened, say) is aborted. 'demarche-campaigns' is org.quartz.scheduler.instanceName in application.yml.
INSERT INTO qrtz_locks (sched_name, lock_name) VALUES ('demarche-campaigns', 'TRIGGER_ACCESS') ON CONFLICT DO NOTHING;
INSERT INTO qrtz_locks (sched_name, lock_name) VALUES ('demarche-campaigns', 'STATE_ACCESS') ON CONFLICT DO NOTHING;
