-- A round can be pending confirmation by all participants, and a change of status can carry its reason.
ALTER TABLE round ADD COLUMN pending_confirmation BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE round ADD COLUMN status_reason VARCHAR(1000);
