-- The incident register across meetings (the incidents module): long-lived cases, the meetings that reviewed an
-- incident, and duplicates merged into another incident (its public id then points to the one it went into).
ALTER TABLE incident ADD COLUMN case_opened_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE incident ADD COLUMN case_closed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE incident ADD COLUMN merged_into VARCHAR(30);
CREATE INDEX incident_kind ON incident (mechanism_id, kind, occurred_at);

-- an account that came with a merged incident keeps the public id it was given under
ALTER TABLE incident_statement ADD COLUMN merged_from VARCHAR(30);

-- the meetings whose review of past incidents took an incident up
CREATE TABLE incident_review (
    incident    UUID NOT NULL REFERENCES incident (id),
    meeting_id  UUID NOT NULL REFERENCES mechanism_meeting (id),
    PRIMARY KEY (incident, meeting_id)
);
