#!/usr/bin/env bash
# Rounds benchmark: the timeline, a round page and its attendance record, anonymous and as a co-chair, with
# the reference record (64 rounds) and then with a record ten times larger (640 rounds, 20 meetings and
# 200 attendance events each), in one run on one server.
#   bench/rounds.sh          (needs wrk: apt-get install -y wrk)
# Environment: CONNECTIONS (50), DURATION (10s), PORT (18090).
set -euo pipefail
cd "$(dirname "$0")/.."

CONNECTIONS="${CONNECTIONS:-50}"
DURATION="${DURATION:-10s}"
PORT="${PORT:-18090}"
BASE="http://127.0.0.1:${PORT}"
source bench/common.sh
# AUTO_SERVER lets the script add the synthetic record while the server runs
url="jdbc:h2:file:${work}/mediationdesk;MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE"
start_server --spring.datasource.url="${url}"
session="$(login_session cochair-eu "$(demo_password cochair-eu)")"

measure() {
  local label="$1"
  # warm up every page first, so that both sizes are measured on a warmed-up server
  for target in "/rounds" "/rounds/64" "/rounds/64/attendance"; do
    wrk -t2 -c10 -d5s -H "Cookie: JSESSIONID=${session}" "${BASE}${target}" >/dev/null
    wrk -t2 -c10 -d5s "${BASE}${target}" >/dev/null
  done
  for target in "/rounds" "/rounds/64" "/rounds/64/attendance"; do
    for who in anonymous co-chair; do
      header=()
      [ "${who}" = co-chair ] && header=(-H "Cookie: JSESSIONID=${session}")
      result="$(wrk -t2 -c"${CONNECTIONS}" -d"${DURATION}" -s bench/report.lua "${header[@]}" "${BASE}${target}" | grep RESULT)"
      echo "${label} ${target} ${who} ${result#RESULT }"
    done
  done
}

measure warm-up > /dev/null   # a whole pass first: the JIT compiler is still at work for a while
measure 1x | tee "${work}/one"
unzip -o -q -j "${jar}" 'BOOT-INF/lib/h2-*.jar' -d "${work}/lib"
java -cp "${work}"/lib/h2-*.jar org.h2.tools.RunScript -url "${url}" -user sa -script bench/synthetic-rounds.sql
echo "rounds now: $(curl -s -H "Cookie: JSESSIONID=${session}" "${BASE}/rounds" | grep -o 'Round [0-9]*' | head -1)"
measure 10x | tee "${work}/ten"

echo "p95 ratio 10x / 1x:"
paste -d' ' "${work}/one" "${work}/ten" | awk '{
  for (i = 1; i <= NF; i++) { if ($i ~ /^p95_ms=/) { split($i, v, "="); p[++n] = v[2] } }
  printf "  %s %s: %.2f ms -> %.2f ms, x%.2f\n", $2, $3, p[1], p[2], p[2] / p[1]; n = 0 }'
