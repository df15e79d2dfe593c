-- Who entered the meeting (by form, API, calendar upload or review) and their address then:
-- partners' replies about its campaigns go to that coordinator. Empty for feeds, the demo and
-- meetings entered before this was kept.
ALTER TABLE meeting ADD COLUMN entered_by VARCHAR(100);
ALTER TABLE meeting ADD COLUMN coordinator_email VARCHAR(320);
