-- Every execution of a deadline's Quartz job, one row per campaign, step and due time, written in
-- the transaction of the step's own work. A second execution of the same deadline (Quartz recovering
-- a job whose instance died after the work committed but before Quartz recorded it done) finds the
-- row by its key and is counted, never dropped: executions > 1 says the job ran again, works > 1
-- would say the work was done twice (the step's own check must keep it at 1).
CREATE TABLE deadline_fire (
    campaign_id     UUID                     NOT NULL,
    kind            VARCHAR(40)              NOT NULL,
    due_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the first execution: when, and the Quartz instance that ran it
    fired_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    fired_by        VARCHAR(200)             NOT NULL,
    last_fired_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_fired_by   VARCHAR(200)             NOT NULL,
    executions      INT                      NOT NULL,
    -- executions that did the step's work (0: the step was cancelled or done before)
    works           INT                      NOT NULL,
    -- executions Quartz ran as the recovery of a job in flight on an instance that died
    recoveries      INT                      NOT NULL,
    PRIMARY KEY (campaign_id, kind, due_at)
);
