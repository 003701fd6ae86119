-- One word for each thing: what a round is made of (the working groups, the plenary, an information
-- session, a sideline meeting ...) is a meeting throughout, in the code, the pages, the API and here.
-- Only names change; no data moves. Portable to H2 and PostgreSQL.

ALTER TABLE round_session RENAME TO round_meeting;
ALTER INDEX round_session_round RENAME TO round_meeting_round;

ALTER TABLE attendance_event RENAME COLUMN session_id TO meeting_id;
ALTER INDEX attendance_event_session RENAME TO attendance_event_meeting;

-- A statement (a source's account of a round) is kept in a table named after it, as every other aggregate is.
ALTER TABLE event_account RENAME TO statement;
