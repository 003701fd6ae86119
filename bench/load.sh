#!/usr/bin/env bash
# Load benchmark: the document list page and the document list API as a logged-in participant, against a
# static asset served by the same server in the same run (the baseline).
#   bench/load.sh            (needs wrk: apt-get install -y wrk)
# Then the write throughput: documents filed through the API by WRITE_CONNECTIONS clients, each write acknowledged
# only once it is stored durably (on the embedded database: written to its file before the commit returns).
# Environment: CONNECTIONS (50), WRITE_CONNECTIONS (8), DURATION (15s), DOCUMENTS to create first (300),
# PORT (18080), JAR (the packaged application to measure; target/mediation-desk-*.jar).
set -euo pipefail
cd "$(dirname "$0")/.."

CONNECTIONS="${CONNECTIONS:-50}"
DURATION="${DURATION:-15s}"
DOCUMENTS="${DOCUMENTS:-300}"
PORT="${PORT:-18080}"
BASE="http://127.0.0.1:${PORT}"
source bench/common.sh
start_server

password="$(demo_password participant-ge)"
token="$(curl -sf -u "participant-ge:${password}" -X POST "${BASE}/api/v1/tokens" | sed 's/.*"secret":"\([^"]*\)".*/\1/')"
group="$(curl -sf -H "Authorization: Bearer ${token}" "${BASE}/api/v1/me" | sed 's/.*"groupId":"\([^"]*\)".*/\1/')"
for i in $(seq 1 "${DOCUMENTS}"); do
  if [ $((i % 2)) -eq 0 ]; then audience="{\"kind\":\"GROUP_ONLY\",\"group\":\"${group}\"}"; else audience='{"kind":"ALL_PARTICIPANTS"}'; fi
  curl -sf -o /dev/null -H "Authorization: Bearer ${token}" -H 'Content-Type: application/json' \
    -d "{\"symbol\":\"GID/BENCH/${i}\",\"title\":\"Benchmark document ${i}\",\"kind\":\"NON_PAPER\",\"audience\":${audience},\"circulationDate\":\"2026-11-20\",\"texts\":{\"EN\":\"Text ${i}\"}}" \
    "${BASE}/api/v1/documents"
done

session="$(login_session participant-ge "${password}")"

run() {
  local name="$1"; shift
  wrk -t2 -c"${CONNECTIONS}" -d"${DURATION}" -s bench/report.lua "$@" | grep RESULT | sed "s/RESULT/${name}/"
}
echo "warming up"; wrk -t2 -c10 -d5s -H "Cookie: JSESSIONID=${session}" "${BASE}/documents" >/dev/null
static="$(run static "${BASE}/assets/css/app.css")"
page="$(run page -H "Cookie: JSESSIONID=${session}" "${BASE}/documents")"
api="$(run api -H "Authorization: Bearer ${token}" "${BASE}/api/v1/documents")"
write="$(TOKEN="${token}" wrk -t2 -c"${WRITE_CONNECTIONS:-8}" -d"${DURATION}" -s bench/write.lua "${BASE}" | grep RESULT | sed "s/RESULT/write/")"
printf '%s\n%s\n%s\n%s\n' "${static}" "${page}" "${api}" "${write}"

value() { echo "$1" | sed "s/.*$2=\([0-9.]*\).*/\1/"; }
for line in "${page}" "${api}"; do
  name="${line%% *}"
  awk -v n="${name}" -v p95="$(value "${line}" p95_ms)" -v sp95="$(value "${static}" p95_ms)" \
      -v rps="$(value "${line}" rps)" -v srps="$(value "${static}" rps)" \
      'BEGIN { printf "%s vs static: p95 x%.1f, throughput x%.2f\n", n, p95 / sp95, rps / srps }'
done
