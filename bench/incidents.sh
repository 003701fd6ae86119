#!/usr/bin/env bash
# Incident register benchmark: the register's filtered list (the page as a co-chair, and the API with a token) at
# 1,000 incidents and then at 100,000 (each with an account, in both mechanisms, all nine kinds), in one run on one
# server, with the p95 ratio of the two sizes for each. The filter is the list's own: a mechanism, a kind, a span.
#   bench/incidents.sh          (needs wrk: apt-get install -y wrk)
# Environment: CONNECTIONS (20), DURATION (10s), PORT (18092).
set -euo pipefail
cd "$(dirname "$0")/.."

CONNECTIONS="${CONNECTIONS:-20}"
DURATION="${DURATION:-10s}"
PORT="${PORT:-18092}"
BASE="http://127.0.0.1:${PORT}"
source bench/common.sh
# AUTO_SERVER lets the script add the synthetic incidents while the server runs
url="jdbc:h2:file:${work}/mediationdesk;MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE"
start_server --spring.datasource.url="${url}"
password="$(demo_password cochair-eu)"
session="$(login_session cochair-eu "${password}")"
token="$(curl -sf -u "cochair-eu:${password}" -X POST "${BASE}/api/v1/tokens" | sed 's/.*"secret":"\([^"]*\)".*/\1/')"
filter="mechanism=ERG&kind=DETENTION&from=2020-01-01&to=2026-12-31"

unzip -o -q -j "${jar}" 'BOOT-INF/lib/h2-*.jar' -d "${work}/lib"
load() {
  sed "s/@FROM@/$1/; s/@TO@/$2/" bench/synthetic-incidents.sql > "${work}/incidents.sql"
  java -cp "${work}"/lib/h2-*.jar org.h2.tools.RunScript -url "${url}" -user sa -script "${work}/incidents.sql"
  echo "incidents now: $(curl -s -H "Authorization: Bearer ${token}" "${BASE}/api/v1/incidents" | sed 's/.*"total":\([0-9]*\).*/\1/')"
}

measure() {
  local label="$1"
  wrk -t2 -c10 -d5s -H "Cookie: JSESSIONID=${session}" "${BASE}/incidents?${filter}" >/dev/null
  wrk -t2 -c10 -d5s -H "Authorization: Bearer ${token}" "${BASE}/api/v1/incidents?${filter}" >/dev/null
  result="$(wrk -t2 -c"${CONNECTIONS}" -d"${DURATION}" -s bench/report.lua -H "Cookie: JSESSIONID=${session}" \
    "${BASE}/incidents?${filter}" | grep RESULT)"
  echo "${label} page ${result#RESULT }"
  result="$(wrk -t2 -c"${CONNECTIONS}" -d"${DURATION}" -s bench/report.lua -H "Authorization: Bearer ${token}" \
    "${BASE}/api/v1/incidents?${filter}" | grep RESULT)"
  echo "${label} api ${result#RESULT }"
}

load 1 1000
measure warm-up > /dev/null   # a whole pass first: the JIT compiler is still at work for a while
measure 1k | tee "${work}/one"
load 1001 100000
measure 100k | tee "${work}/hundred"

echo "p95 ratio 100k / 1k:"
paste -d' ' "${work}/one" "${work}/hundred" | awk '{
  for (i = 1; i <= NF; i++) { if ($i ~ /^p95_ms=/) { split($i, v, "="); p[++n] = v[2] } }
  printf "  %s: %.2f ms -> %.2f ms, x%.2f\n", $2, p[1], p[2], p[2] / p[1]; n = 0 }'
