#!/usr/bin/env bash
# Public pages benchmark: the anonymous home page, timeline, a round's page (and the communiqué's page where the
# application has one) against a static asset served by the same server in the same run (the baseline), then
# the same pages as a logged-in co-chair (never served from the public copy), then the publication-to-feed delay:
# the time from a change committed by the co-chairs (a round convened) to its appearance in the Atom feed, in the
# calendar and on the anonymous timeline; the calendar read again unchanged (kept, and with its validator), a
# logged-in search, and the time from launch to ready at the first start and at a restart on the same data.
#   bench/public.sh          (needs wrk: apt-get install -y wrk)
# Environment: CONNECTIONS (50), DURATION (10s), PORT (18093), COMMUNIQUE (/rounds/64/communique),
# JAR (the packaged application to measure; target/mediation-desk-*.jar), RUN_CLASSPATH (run compiled classes).
set -euo pipefail
cd "$(dirname "$0")/.."

CONNECTIONS="${CONNECTIONS:-50}"
DURATION="${DURATION:-10s}"
PORT="${PORT:-18093}"
COMMUNIQUE="${COMMUNIQUE:-/rounds/64/communique}"
BASE="http://127.0.0.1:${PORT}"
source bench/common.sh
if [ -n "${RUN_CLASSPATH:-}" ]; then
  # a development shortcut: the compiled classes with this class path instead of the packaged jar
  # (JAR=classes RUN_CLASSPATH="target/classes:$(cat cp.txt)" bench/public.sh)
  start_server() {
    java -cp "${RUN_CLASSPATH}" org.mediationdesk.MediationDeskApplication --server.port="${PORT}" \
      --mediationdesk.data-dir="${work}" "$@" > "${work}/server.log" 2>&1 &
    server=$!
    until curl -sf "${BASE}/actuator/health" >/dev/null; do
      kill -0 "${server}" 2>/dev/null || { cat "${work}/server.log"; exit 1; }
      sleep 0.2
    done
  }
fi
start_server

session="$(login_session cochair-eu "$(demo_password cochair-eu)")"

run() {
  local name="$1"; shift
  wrk -t2 -c"${CONNECTIONS}" -d"${DURATION}" -s bench/report.lua "$@" | grep RESULT | sed "s|RESULT|${name}|"
}

pages=("/" "/rounds" "/rounds/64")
if [ "$(curl -s -o /dev/null -w '%{http_code}' "${BASE}${COMMUNIQUE}")" = 200 ]; then
  pages+=("${COMMUNIQUE}")
else
  echo "(no page at ${COMMUNIQUE}: the communiqué's page is not measured)"
fi

echo "warming up"
for target in /assets/css/app.css "${pages[@]}"; do
  wrk -t2 -c10 -d5s "${BASE}${target}" >/dev/null
  wrk -t2 -c10 -d3s -H "Cookie: JSESSIONID=${session}" "${BASE}${target}" >/dev/null
done

static="$(run static "${BASE}/assets/css/app.css")"
echo "${static}"
value() { echo "$1" | sed "s/.*$2=\([0-9.]*\).*/\1/"; }
ratio() {
  awk -v n="$1" -v rps="$(value "$2" rps)" -v srps="$(value "${static}" rps)" \
      -v p95="$(value "$2" p95_ms)" -v sp95="$(value "${static}" p95_ms)" \
      'BEGIN { printf "%-32s %5.0f%% of the static asset'"'"'s throughput (p95 x%.1f)\n", n, 100 * rps / srps, p95 / sp95 }'
}
summary=()
for target in "${pages[@]}"; do
  line="$(run "anonymous:${target}" "${BASE}${target}")"
  echo "${line}"
  summary+=("$(ratio "anonymous ${target}" "${line}")")
done
for target in "${pages[@]}"; do
  line="$(run "co-chair:${target}" -H "Cookie: JSESSIONID=${session}" "${BASE}${target}")"
  echo "${line}"
  summary+=("$(ratio "logged-in ${target}" "${line}")")
done
# the calendar read again while nothing changed (kept as written), and with its validator (304); logged-in search
line="$(run "calendar" "${BASE}/calendar/rounds.ics")"; echo "${line}"
summary+=("$(ratio "calendar (kept)" "${line}")   p95 $(value "${line}" p95_ms) ms")
etag="$(curl -s -D - -o /dev/null "${BASE}/calendar/rounds.ics" | awk 'tolower($1) == "etag:" { print $2 }' | tr -d '\r')"
line="$(run "calendar-304" -H "If-None-Match: ${etag}" "${BASE}/calendar/rounds.ics")"; echo "${line}"
summary+=("$(ratio "calendar (304)" "${line}")   p95 $(value "${line}" p95_ms) ms")
line="$(wrk -t2 -c4 -d"${DURATION}" -s bench/report.lua -H "Cookie: JSESSIONID=${session}" \
  "${BASE}/search?q=ceasefire+mechanism" | grep RESULT | sed 's|RESULT|search|')"; echo "${line}"
summary+=("$(ratio "logged-in search (4 clients)" "${line}")   p95 $(value "${line}" p95_ms) ms")
printf '%s\n' "${summary[@]}"

# publication-to-feed delay: convene a round through the co-chairs' form, then read until it is there
page="$(curl -s -b "JSESSIONID=${session}" "${BASE}/rounds")"
csrf="$(echo "${page}" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')"
next=$(( $(echo "${page}" | grep -o 'href="/rounds/[0-9]*"' | sed 's/[^0-9]//g' | sort -n | tail -1) + 1 ))
elapsed() { echo "$(( ($(date +%s%N) - start) / 1000000 ))"; }
names=("Atom feed" "calendar" "anonymous timeline" "search")
urls=("${BASE}/feeds/communiques.atom" "${BASE}/calendar/rounds.ics" "${BASE}/rounds" "${BASE}/api/v1/search?q=Benchmark+Hall")
texts=("Round ${next} convened" "round-${next}@" "href=\"/rounds/${next}\"" "/rounds/${next}\"")
seen=("" "" "" "")
start=$(date +%s%N)
curl -s -o /dev/null -b "JSESSIONID=${session}" --data-urlencode "_csrf=${csrf}" --data-urlencode "start=2031-06-02" \
  --data-urlencode "end=2031-06-03" --data-urlencode "venue=Benchmark Hall" "${BASE}/rounds"
echo "round ${next} convened: the form answered (committed) after $(elapsed) ms"
# read every target in turn until each shows the round; each delay is counted from the form's submission
while [ -z "${seen[0]}" ] || [ -z "${seen[1]}" ] || [ -z "${seen[2]}" ] || [ -z "${seen[3]}" ]; do
  for i in 0 1 2 3; do
    if [ -z "${seen[$i]}" ] && curl -s "${urls[$i]}" | grep -q "${texts[$i]}"; then seen[$i]="$(elapsed) ms"; fi
  done
  [ "$(elapsed)" -gt 20000 ] && break
done
for i in 0 1 2 3; do
  one=$(curl -s -o /dev/null -w '%{time_total}' "${urls[$i]}")
  printf 'publication to %-20s %s (one read of it now takes %s s)\n' "${names[$i]}:" "${seen[$i]:-not within 20 s}" "${one}"
done

# a restart on the same data: the time from launch to ready once the database and the record exist
kill "${server}"; wait "${server}" 2>/dev/null || true
echo -n "restart: "
start_server
