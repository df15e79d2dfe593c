-- Wrong passwords in a row per account name (lower case), counted by LoginLockout in the
-- database rather than in memory, so the failures on every instance of a service add up and a
-- lockout decided on one holds on the others. Only names of existing accounts get a row.
CREATE TABLE platform_login_failure (
    username        VARCHAR(320) NOT NULL PRIMARY KEY,
    failures        INTEGER      NOT NULL,
    last_failed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
