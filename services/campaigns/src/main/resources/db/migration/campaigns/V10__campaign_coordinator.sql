-- The coordinator who entered the campaign's meeting, as intake named them (MeetingScheduled's
-- enteredBy and coordinatorEmail): partners' replies about the campaign go to that address, or to
-- the address the account has here when the meeting named none.
ALTER TABLE campaign ADD COLUMN entered_by VARCHAR(100);
ALTER TABLE campaign ADD COLUMN coordinator_email VARCHAR(320);
