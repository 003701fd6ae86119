# Shared by the benchmark scripts (sourced, not run): the packaged application on a fresh data directory,
# and logins with the evaluation accounts it prints at first start. Expects PORT and BASE to be set.

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

jar="${JAR:-$(ls target/mediation-desk-*.jar 2>/dev/null | grep -v plain | head -1 || true)}"
if [ -z "${jar}" ]; then
  ./mvnw -B -q -DskipTests package
  jar="$(ls target/mediation-desk-*.jar | grep -v plain | head -1)"
fi

work="$(mktemp -d)"
server=""
trap '[ -n "${server}" ] && { kill "${server}" 2>/dev/null; wait "${server}" 2>/dev/null; }; rm -rf "${work}"' EXIT

# start_server [extra arguments]: starts the jar and waits until it answers; prints the time it took
start_server() {
  local start
  start=$(date +%s%N)
  java -jar "${jar}" --server.port="${PORT}" --mediationdesk.data-dir="${work}" "$@" > "${work}/server.log" 2>&1 &
  server=$!
  until curl -sf "${BASE}/actuator/health" >/dev/null; do
    kill -0 "${server}" 2>/dev/null || { cat "${work}/server.log"; exit 1; }
    sleep 0.2
  done
  echo "startup to ready: $(( ($(date +%s%N) - start) / 1000000 )) ms"
}

# demo_password USERNAME: the password the first start printed for an evaluation account
demo_password() {
  for _ in $(seq 1 50); do grep -q " $1 " "${work}/server.log" && break; sleep 0.2; done
  awk -v user="$1" '$2 == user { print $3 }' "${work}/server.log"
}

# login_session USERNAME PASSWORD: logs in through the form and prints the session id
login_session() {
  local page csrf
  page="$(curl -s -c "${work}/cookies" "${BASE}/login")"
  csrf="$(echo "${page}" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//')"
  curl -s -b "${work}/cookies" -c "${work}/cookies" -o /dev/null \
    --data-urlencode "username=$1" --data-urlencode "password=$2" --data-urlencode "_csrf=${csrf}" "${BASE}/login"
  awk '$6 == "JSESSIONID" { print $7 }' "${work}/cookies"
}
