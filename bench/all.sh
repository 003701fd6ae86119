#!/usr/bin/env bash
# Every benchmark of bench/, one after the other on one packaged build, and one table of their figures (the lines
# that give a ratio, a share or a latency) with the machine's one-minute load average when each was printed: a
# figure measured while the load average exceeds the number of cores was measured on a busy machine.
#   bench/all.sh              (needs wrk: apt-get install -y wrk)
# Environment: JAR (the packaged build; target/mediation-desk-*.jar, built if missing), BASELINE_JAR (adds
# bench/audit-checkpoints.sh, which compares against it), SKIP (benchmarks to leave out, e.g. "formats board").
set -uo pipefail
cd "$(dirname "$0")/.."

if [ -z "${JAR:-}" ]; then
  JAR="$(ls target/mediation-desk-*.jar 2>/dev/null | grep -v plain | head -1 || true)"
  if [ -z "${JAR}" ]; then
    ./mvnw -B -q -DskipTests package
    JAR="$(ls target/mediation-desk-*.jar | grep -v plain | head -1)"
  fi
fi
export JAR
logs="$(mktemp -d)"
table="${logs}/table"
echo "build: ${JAR}; cores: $(nproc); logs in ${logs}"

for script in bench/*.sh; do
  name="$(basename "${script}" .sh)"
  case " common all ${SKIP:-} " in *" ${name} "*) continue ;; esac
  if [ "${name}" = audit-checkpoints ] && [ -z "${BASELINE_JAR:-}" ]; then
    printf '%-18s %-86s %s\n' "${name}" "(left out: it needs BASELINE_JAR, the build to compare against)" "" >> "${table}"
    continue
  fi
  echo "== ${name}"
  started=$(date +%s)
  bash "${script}" 2>&1 | while IFS= read -r line; do
    echo "${line}" >> "${logs}/${name}.log"
    echo "  ${line}"
    if echo "${line}" | grep -qiE '%|ratio| x[0-9]|×|p9[59]|[0-9] ms|MB/s|to ready'; then
      printf '%-18s %-86s load %s\n' "${name}" "$(echo "${line}" | cut -c1-86)" "$(cut -d' ' -f1 /proc/loadavg)" >> "${table}"
    fi
  done
  status=${PIPESTATUS[0]}
  [ "${status}" -eq 0 ] || printf '%-18s %-86s\n' "${name}" "(failed with status ${status}; see ${logs}/${name}.log)" >> "${table}"
  echo "   (${name}: $(( $(date +%s) - started )) s)"
done

echo
echo "benchmark          figure                                                                                 load (1 min, $(nproc) cores)"
cat "${table}"
