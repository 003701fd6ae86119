#!/usr/bin/env bash
# The terminology linter: throughput on one thread against a regex baseline and the String.indexOf ceiling,
# measured in the same run over about 50 MB of mixed text (argument: megabytes), then the start-to-result
# time of `terminology lint` on one small file.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests package
CLASSPATH="target/classes:target/test-classes:$(./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)"
java -Xmx6g -XX:ActiveProcessorCount=1 -cp "$CLASSPATH" org.mediationdesk.terminology.LinterBenchmark "${1:-50}"

JAR=$(ls target/mediation-desk-*.jar | grep -v original | head -1)
SAMPLE=$(mktemp --suffix=.txt)
trap 'rm -f "$SAMPLE"' EXIT
printf 'The co-chairs met participants from Sukhum(i) near the occupation line.\n' > "$SAMPLE"
times=()
for run in 1 2 3 4 5; do
  start=$(date +%s%N)
  java -jar "$JAR" terminology lint --format json "$SAMPLE" > /dev/null || true
  times+=($(( ($(date +%s%N) - start) / 1000000 )))
done
sorted=$(printf '%s\n' "${times[@]}" | sort -n | tr '\n' ' ')
echo "terminology lint on one small file, start to result (5 runs, ms): $sorted(target < 1500)"
