#!/usr/bin/env bash
# The live board's latency: 200 open streams of one meeting's board, attendance entries recorded through the API,
# the time until each stream has the updated board; against a plain GET of the board in the same run.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests test-compile
CLASSPATH="target/classes:target/test-classes:$(./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)"
java -Xmx1g -cp "$CLASSPATH" org.mediationdesk.board.BoardBenchmark
