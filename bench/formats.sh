#!/usr/bin/env bash
# The format solver: the reference scenarios, a 57-group table, and the solver against enumeration, in one run.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests test-compile
CLASSPATH="target/classes:target/test-classes:$(./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)"
java -Xmx2g -cp "$CLASSPATH" org.mediationdesk.formats.FormatBenchmark
