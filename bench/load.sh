#!/usr/bin/env bash
# Load benchmark: the document list page and the document list API as a logged-in participant, against a
# static asset served by the same server in the same run (the baseline).
#   bench/load.sh            (needs wrk: apt-get install -y wrk)
# Environment: CONNECTIONS (50), DURATION (15s), DOCUMENTS to create first (300), PORT (18080).
set -euo pipefail
cd "$(dirname "$0")/.."

CONNECTIONS="${CONNECTIONS:-50}"
DURATION="${DURATION:-15s}"
DOCUMENTS="${DOCUMENTS:-300}"
PORT="${PORT:-18080}"
BASE="http://127.0.0.1:${PORT}"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

jar="$(ls target/mediation-desk-*.jar 2>/dev/null | grep -v plain | head -1 || true)"
if [ -z "${jar}" ]; then
  ./mvnw -B -q -DskipTests package
  jar="$(ls target/mediation-desk-*.jar | grep -v plain | head -1)"
fi

work="$(mktemp -d)"
trap 'kill "${server}" 2>/dev/null || true; rm -rf "${work}"' EXIT
start=$(date +%s%N)
java -jar "${jar}" --server.port="${PORT}" --mediationdesk.data-dir="${work}" > "${work}/server.log" 2>&1 &
server=$!
until curl -sf "${BASE}/actuator/health" >/dev/null; do
  kill -0 "${server}" 2>/dev/null || { cat "${work}/server.log"; exit 1; }
  sleep 0.2
done
echo "startup to ready: $(( ($(date +%s%N) - start) / 1000000 )) ms"
for _ in $(seq 1 50); do grep -q "participant-ge" "${work}/server.log" && break; sleep 0.2; done

password="$(awk '$2 == "participant-ge" { print $3 }' "${work}/server.log")"
token="$(curl -sf -u "participant-ge:${password}" -X POST "${BASE}/api/v1/tokens" | sed 's/.*"secret":"\([^"]*\)".*/\1/')"
group="$(curl -sf -H "Authorization: Bearer ${token}" "${BASE}/api/v1/me" | sed 's/.*"groupId":"\([^"]*\)".*/\1/')"
for i in $(seq 1 "${DOCUMENTS}"); do
  if [ $((i % 2)) -eq 0 ]; then audience="{\"kind\":\"GROUP_ONLY\",\"group\":\"${group}\"}"; else audience='{"kind":"ALL_PARTICIPANTS"}'; fi
  curl -sf -o /dev/null -H "Authorization: Bearer ${token}" -H 'Content-Type: application/json' \
    -d "{\"symbol\":\"GID/BENCH/${i}\",\"title\":\"Benchmark document ${i}\",\"kind\":\"NON_PAPER\",\"audience\":${audience},\"circulationDate\":\"2026-11-20\",\"texts\":{\"EN\":\"Text ${i}\"}}" \
    "${BASE}/api/v1/documents"
done

login_page="$(curl -s -c "${work}/cookies" "${BASE}/login")"
csrf="$(echo "${login_page}" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//')"
curl -s -b "${work}/cookies" -c "${work}/cookies" -o /dev/null \
  --data-urlencode "username=participant-ge" --data-urlencode "password=${password}" --data-urlencode "_csrf=${csrf}" "${BASE}/login"
session="$(awk '$6 == "JSESSIONID" { print $7 }' "${work}/cookies")"

run() {
  local name="$1"; shift
  wrk -t2 -c"${CONNECTIONS}" -d"${DURATION}" -s bench/report.lua "$@" | grep RESULT | sed "s/RESULT/${name}/"
}
echo "warming up"; wrk -t2 -c10 -d5s -H "Cookie: JSESSIONID=${session}" "${BASE}/documents" >/dev/null
static="$(run static "${BASE}/assets/css/app.css")"
page="$(run page -H "Cookie: JSESSIONID=${session}" "${BASE}/documents")"
api="$(run api -H "Authorization: Bearer ${token}" "${BASE}/api/v1/documents")"
printf '%s\n%s\n%s\n' "${static}" "${page}" "${api}"

value() { echo "$1" | sed "s/.*$2=\([0-9.]*\).*/\1/"; }
for line in "${page}" "${api}"; do
  name="${line%% *}"
  awk -v n="${name}" -v p95="$(value "${line}" p95_ms)" -v sp95="$(value "${static}" p95_ms)" \
      -v rps="$(value "${line}" rps)" -v srps="$(value "${static}" rps)" \
      'BEGIN { printf "%s vs static: p95 x%.1f, throughput x%.2f\n", n, p95 / sp95, rps / srps }'
done
