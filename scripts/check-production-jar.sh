#!/usr/bin/env bash
# Builds the production jar (./mvnw -Dproduction, as the Dockerfile does) and checks it: no class or library of the
# embedded engine (zeebe-process-test-engine, its RocksDB wiring, the in-process gateway), and a start in the embedded
# default stops at once, non-zero, saying what to set instead. Run by .ci/run after the tests; it leaves the
# production jar in target/.
#   scripts/check-production-jar.sh
set -euo pipefail
cd "$(dirname "$0")/.."
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jar="${JAVA_HOME:+$JAVA_HOME/bin/}jar"
./mvnw -q -B -Dproduction -Dmaven.test.skip=true clean package
built=$(ls target/convene-*.jar | grep -v plain | head -1)

engine_parts=$("$jar" tf "$built" | grep -E 'zeebe-process-test|rocksdb|io/camunda/zeebe/process/test/|EmbeddedEngineConfiguration|LoopbackGrpcServerProvider|services/io\.grpc\.ServerProvider' || true)
if [ -n "$engine_parts" ]; then
  echo "The production jar holds parts of the embedded engine:" >&2
  echo "$engine_parts" >&2
  exit 1
fi

log=$(mktemp)
set +e
timeout 120 "$java" -jar "$built" --server.port=0 \
  "--spring.datasource.url=jdbc:h2:mem:production-check;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" > "$log" 2>&1
status=$?
set -e
if [ "$status" -eq 0 ] || [ "$status" -eq 124 ] || ! grep -q "has no embedded engine" "$log"; then
  echo "The production jar started in the embedded default did not stop with the message saying what to set (exit $status); see $log" >&2
  exit 1
fi
rm -f "$log"
echo "The production jar holds no part of the embedded engine, and in the embedded default it stops saying what to set (exit $status)."
