#!/usr/bin/env bash
# The cost of signing the head of the audit log every few seconds (the audit-checkpoint job): the write throughput of
# bench/load.sh (documents filed through the API, each write adding an entry to the audit log) for a baseline jar and
# for this build, in the same run, alternating between the two, the ratio in each round and their median.
#   BASELINE_JAR=/path/to/baseline.jar bench/audit-checkpoints.sh     (needs wrk: apt-get install -y wrk)
# Environment: BASELINE_JAR (required: the application before the change, e.g. built from main), JAR (this build;
# target/mediation-desk-*.jar), ROUNDS (3), DURATION (15s), WRITE_CONNECTIONS (8), DOCUMENTS (20), PORT (random).
set -euo pipefail
cd "$(dirname "$0")/.."

: "${BASELINE_JAR:?set BASELINE_JAR to the jar to compare with}"
this="${JAR:-$(ls target/mediation-desk-*.jar 2>/dev/null | grep -v plain | head -1 || true)}"
[ -n "${this}" ] || { ./mvnw -B -q -DskipTests package; this="$(ls target/mediation-desk-*.jar | grep -v plain | head -1)"; }
ROUNDS="${ROUNDS:-3}"
export DURATION="${DURATION:-15s}" DOCUMENTS="${DOCUMENTS:-20}" WRITE_CONNECTIONS="${WRITE_CONNECTIONS:-8}"

writes() {
  local output
  output="$(PORT="${PORT:-$((20000 + RANDOM % 20000))}" JAR="$1" bench/load.sh 2>&1 || true)"
  echo "${output}" | awk '/^write / { sub(/.*rps=/, ""); sub(/ .*/, ""); print; found = 1 } END { exit !found }' \
    || { echo "${output}" >&2; exit 1; }
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# each round runs the two back to back, so that they share the machine's load: the ratio is taken per round
ratios=()
for round in $(seq 1 "${ROUNDS}"); do
  b="$(writes "${BASELINE_JAR}")"
  c="$(writes "${this}")"
  ratios+=("$(awk -v b="${b}" -v c="${c}" 'BEGIN { printf "%.3f", c / b }')")
  echo "round ${round}: baseline ${b} writes/s, this build ${c} writes/s, ratio x${ratios[-1]}"
done
echo "this build vs baseline, writes/s: median ratio x$(printf '%s\n' "${ratios[@]}" | median)"
