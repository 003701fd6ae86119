-- Attendance that fits a live room: each entry keeps the time of day it describes; an entry made after the
-- meeting's day is a later record and says why; a mistaken entry is corrected by a later one that supersedes
-- it and gives its reason (the entry itself stays, for the attributed record). Portable to H2 and PostgreSQL.

ALTER TABLE attendance_event ADD COLUMN occurred_at TIME;
ALTER TABLE attendance_event ADD COLUMN later_reason VARCHAR(1000);
ALTER TABLE attendance_event ADD COLUMN corrects UUID REFERENCES attendance_event (id);
ALTER TABLE attendance_event ADD COLUMN correction_reason VARCHAR(1000);
CREATE INDEX attendance_event_corrects ON attendance_event (corrects);

-- Where a group stands keeps the time of its last event, so that a later record is not placed before it.
ALTER TABLE group_attendance ADD COLUMN last_at TIME;
