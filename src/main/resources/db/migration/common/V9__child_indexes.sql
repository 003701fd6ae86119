-- PostgreSQL does not index the referencing side of a foreign key; these are read per round or process.
CREATE INDEX postponement_round ON postponement (round);
CREATE INDEX round_decision_round ON round_decision (round);
CREATE INDEX related_meeting_process ON related_meeting (process_id);
CREATE INDEX event_account_round_published ON event_account (round_id, published);
