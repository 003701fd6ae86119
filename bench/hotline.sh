#!/usr/bin/env bash
# Hotline benchmark, in one run on one server: the operator's console and a mechanism's hotline page (as a co-chair)
# with 1,000 log entries and then with 1,000,000 (synthetic activations of Ergneti, each sent by a group, relayed,
# acknowledged and answered: four entries each), their p95 and the ratio; then how late the escalation engine fires
# a step: activations whose deadline to acknowledge falls in the next 40 seconds, nobody acknowledging, the job
# ticking every TICK; p50/p99 of the moment each first step was fired minus the moment it was due (the target:
# within one tick plus 5 s).
#   bench/hotline.sh          (needs wrk: apt-get install -y wrk)
# Environment: REQUESTS (20 per page at 1k), LARGE_REQUESTS (5 per page at 1M: a slow page is slow), TICK (PT5S), ESCALATIONS (500), PORT (18093).
set -euo pipefail
cd "$(dirname "$0")/.."

REQUESTS="${REQUESTS:-20}"
LARGE_REQUESTS="${LARGE_REQUESTS:-5}"
TICK="${TICK:-PT5S}"
ESCALATIONS="${ESCALATIONS:-500}"
PORT="${PORT:-18093}"
BASE="http://127.0.0.1:${PORT}"
source bench/common.sh
# AUTO_SERVER lets the script add the synthetic log while the server runs
url="jdbc:h2:file:${work}/mediationdesk;MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE"
start_server --spring.datasource.url="${url}" --mediationdesk.jobs.hotline-escalation.interval="${TICK}"
session="$(login_session cochair-eu "$(demo_password cochair-eu)")"
unzip -o -q -j "${jar}" 'BOOT-INF/lib/h2-*.jar' -d "${work}/lib"
sql() { java -cp "${work}"/lib/h2-*.jar org.h2.tools.Shell -url "${url}" -user sa -sql "$1"; }

# add_log FROM TO: activations FROM..TO (4 log entries each), sent a minute apart from 2020 on, all answered
add_log() {
  sql "INSERT INTO activation (id, mechanism_id, sender_kind, sender_group, sent_by, kind, urgency, subject, message,
         activated_at, acknowledge_by, respond_by, relayed_at, relayed_by, version)
       SELECT RANDOM_UUID(), (SELECT id FROM mechanism WHERE code = 'ERG'), 'GROUP',
         (SELECT id FROM participant_group WHERE code = 'GE'), 'bench', 'MESSAGE', 'ROUTINE', 'Bench issue ' || MOD(X, 997),
         'A synthetic message of the benchmark, number ' || X,
         DATEADD('MINUTE', X, TIMESTAMP WITH TIME ZONE '2020-01-01 00:00:00+00'),
         DATEADD('MINUTE', X + 1440, TIMESTAMP WITH TIME ZONE '2020-01-01 00:00:00+00'),
         DATEADD('MINUTE', X + 10080, TIMESTAMP WITH TIME ZONE '2020-01-01 00:00:00+00'),
         DATEADD('MINUTE', X + 1, TIMESTAMP WITH TIME ZONE '2020-01-01 00:00:00+00'), 'bench', 0
       FROM SYSTEM_RANGE($1, $2);
       INSERT INTO addressee (activation, group_id, acknowledged_at, acknowledged_by, responded_at, responded_by, response)
       SELECT a.id, (SELECT id FROM participant_group WHERE code = 'SO'), DATEADD('MINUTE', 5, a.activated_at), 'bench',
         DATEADD('MINUTE', 30, a.activated_at), 'bench', 'Received; looked into.'
       FROM activation a WHERE a.sent_by = 'bench' AND NOT EXISTS (SELECT 1 FROM addressee d WHERE d.activation = a.id);" >/dev/null
}

# p95 of N sequential requests of a page as the co-chair, in ms (after two to warm up): p95 PATH N
p95() {
  for i in $(seq 1 $(($2 + 2))); do
    curl -s --max-time 600 -o /dev/null -w '%{time_total} %{http_code}\n' -H "Cookie: JSESSIONID=${session}" "${BASE}$1"
  done | tail -n "$2" | awk '$2 != 200 { bad++ } { print $1 * 1000 }
    END { if (bad) print "non-200 answers: " bad > "/dev/stderr" }' | sort -n \
    | awk '{ v[NR] = $1 } END { i = int(NR * 0.95 + 0.999); if (i > NR) i = NR; printf "%.1f", v[i] }'
}

# measure LABEL ENTRIES REQUESTS: both pages' p95
measure() {
  for target in /hotline/console /mechanisms/ERG/hotline; do
    echo "$1 ${target} entries=$2 p95_ms=$(p95 "${target}" "$3")"
  done
}

add_log 1 250
measure 1k 1000 "${REQUESTS}" | tee "${work}/small"
add_log 251 250000
measure 1M 1000000 "${LARGE_REQUESTS}" | tee "${work}/large"
echo "p95 ratio 1M / 1k:"
paste -d' ' "${work}/small" "${work}/large" | awk '{ split($4, a, "="); split($8, b, "=");
  printf "  %s: %.1f ms -> %.1f ms, x%.2f\n", $2, a[2], b[2], b[2] / a[2] }'

# escalations: open activations due in the next 40 s, with their clocks, for the job to fire
sql "INSERT INTO activation (id, mechanism_id, sender_kind, sender_group, sent_by, kind, urgency, subject, message,
       activated_at, acknowledge_by, respond_by, relayed_at, relayed_by, version)
     SELECT RANDOM_UUID(), (SELECT id FROM mechanism WHERE code = 'ERG'), 'OPERATOR', NULL, 'bench-due', 'MESSAGE',
       'EMERGENCY', 'Bench escalation ' || X, 'Nobody will acknowledge this.', CURRENT_TIMESTAMP,
       DATEADD('MILLISECOND', 5000 + MOD(X * 7919, 35000), CURRENT_TIMESTAMP),
       DATEADD('HOUR', 4, CURRENT_TIMESTAMP), CURRENT_TIMESTAMP, 'bench', 0
     FROM SYSTEM_RANGE(1, ${ESCALATIONS});
     INSERT INTO addressee (activation, group_id)
     SELECT id, (SELECT id FROM participant_group WHERE code = 'SO') FROM activation WHERE sent_by = 'bench-due';
     INSERT INTO hotline_clock (activation_id, next_step, due_at)
     SELECT id, 0, acknowledge_by FROM activation WHERE sent_by = 'bench-due';" >/dev/null
sleep 60
sql "SELECT COUNT(*) AS fired,
       PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY DATEDIFF('MILLISECOND', a.acknowledge_by, e.fired_at)) AS p50_late_ms,
       PERCENTILE_CONT(0.99) WITHIN GROUP (ORDER BY DATEDIFF('MILLISECOND', a.acknowledge_by, e.fired_at)) AS p99_late_ms,
       MAX(DATEDIFF('MILLISECOND', a.acknowledge_by, e.fired_at)) AS max_late_ms
     FROM hotline_escalation e JOIN activation a ON a.id = e.activation_id
     WHERE a.sent_by = 'bench-due' AND e.step = 0"
echo "due: ${ESCALATIONS}; tick: ${TICK}; target: p99 within one tick plus 5 s"
