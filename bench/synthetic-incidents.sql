-- Fills the incident registers for the incidents benchmark: incidents @FROM@ to @TO@, alternately Ergneti's and Gali's,
-- of the nine kinds in turn, one every few hours from 2020, a third of them at a point, each with one side's account.
-- H2 syntax; run against a database the application has migrated (bench/incidents.sh replaces @FROM@ and @TO@).
INSERT INTO incident (id, public_id, mechanism_id, kind, occurred_at, time_precision, place_name, place_precision,
                      latitude, longitude, state, reported_by, reported_at, version)
SELECT RANDOM_UUID(), CASE MOD(X, 2) WHEN 0 THEN 'ERG' ELSE 'GAL' END || '-2019-' || LPAD(CAST(X AS VARCHAR), 6, '0'),
       (SELECT id FROM mechanism WHERE code = CASE MOD(X, 2) WHEN 0 THEN 'ERG' ELSE 'GAL' END),
       CASE MOD(X, 9) WHEN 0 THEN 'SHOOTING' WHEN 1 THEN 'ABDUCTION' WHEN 2 THEN 'DISAPPEARANCE' WHEN 3 THEN 'DETENTION'
                      WHEN 4 THEN 'DAMAGE_TO_PROPERTY' WHEN 5 THEN 'ACCESS_TO_LAND_OR_WATER' WHEN 6 THEN 'FENCES_OR_SIGNS'
                      WHEN 7 THEN 'CROSSING_OF_THE_LINE' ELSE 'OTHER' END,
       DATEADD('MINUTE', 37 * X, TIMESTAMP WITH TIME ZONE '2020-01-01 00:00:00+00'), 'DAY',
       'place ' || MOD(X, 50), CASE MOD(X, 3) WHEN 0 THEN 'POINT' ELSE 'ALONG_THE_LINE' END,
       CASE MOD(X, 3) WHEN 0 THEN 42.2 + MOD(X, 50) / 500.0 END, CASE MOD(X, 3) WHEN 0 THEN 43.5 + MOD(X, 50) / 50.0 END,
       'REPORTED', 'benchmark', CURRENT_TIMESTAMP, 1
FROM SYSTEM_RANGE(@FROM@, @TO@);

INSERT INTO incident_statement (incident, incident_key, group_id, text, detained_low, detained_best, detained_high,
                                given_by, given_at)
SELECT i.id, 0, (SELECT id FROM participant_group WHERE code = 'GE'), 'A synthetic account for the benchmark.',
       1, 1, 2, 'benchmark', CURRENT_TIMESTAMP
FROM incident i
WHERE i.reported_by = 'benchmark' AND NOT EXISTS (SELECT 1 FROM incident_statement s WHERE s.incident = i.id);
