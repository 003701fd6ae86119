-- Grows the reference record tenfold for the rounds benchmark: rounds up to 640, each with 20 meetings and
-- 200 attendance events (10 per meeting). H2 syntax; run against a database the application has migrated.
INSERT INTO round (id, process_id, number, start_date, end_date, status, venue, public_summary, version,
                   pending_confirmation)
SELECT RANDOM_UUID(), (SELECT MIN(id) FROM talks_process), 64 + X, DATEADD('DAY', 30 * X, DATE '2026-01-01'),
       DATEADD('DAY', 30 * X + 1, DATE '2026-01-01'), 'HELD', 'Geneva', 'A synthetic round for the benchmark.', 0, FALSE
FROM SYSTEM_RANGE(1, 576);

INSERT INTO round_meeting (id, round_id, kind, held_on, place, version)
SELECT RANDOM_UUID(), r.id,
       CASE MOD(s.X, 4) WHEN 0 THEN 'WORKING_GROUP_I' WHEN 1 THEN 'WORKING_GROUP_II'
                        WHEN 2 THEN 'INFORMATION_SESSION' ELSE 'SIDELINE_MEETING' END,
       r.start_date, 'Geneva', 0
FROM round r CROSS JOIN SYSTEM_RANGE(1, 20) s
WHERE r.number > 64;

INSERT INTO attendance_event (id, meeting_id, group_id, kind, occurred_on, agenda_item, recorded_by, recorded_at, version)
SELECT RANDOM_UUID(), rm.id, g.id,
       CASE MOD(e.X, 5) WHEN 0 THEN 'WALKED_OUT' WHEN 1 THEN 'RETURNED' ELSE 'PRESENT' END,
       rm.held_on, CASE WHEN MOD(e.X, 5) = 0 THEN 'IDP' END, 'benchmark', CURRENT_TIMESTAMP, 0
FROM round_meeting rm
JOIN round r ON r.id = rm.round_id
CROSS JOIN SYSTEM_RANGE(1, 10) e
JOIN participant_group g ON g.sort_order = MOD(e.X, 5) + 1
WHERE r.number > 64;
