#!/usr/bin/env bash
# Negotiating texts: a 200-provision text with 6 groups' stances; view, Word export and comparison, timed warm.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests test-compile
CLASSPATH="target/classes:target/test-classes:$(./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)"
java -Xmx2g -cp "$CLASSPATH" org.mediationdesk.texts.TextsBenchmark 2>&1 | grep -v -E "^\s*$|WARN|Flyway|=====|is ready|administrator:"
