#!/usr/bin/env bash
# Builds the production jar (./mvnw -Dproduction, as the Dockerfile does) and checks it: no class or library of the
# embedded engine (zeebe-process-test-engine, its RocksDB wiring, the in-process gateway) and none of the demo's
# (src/demo); a start in the embedded default, or with the demo's data, stops at once, non-zero, saying what to set
# instead. Run by .ci/run after the tests; it leaves the production jar in target/.
#   scripts/check-production-jar.sh
set -euo pipefail
cd "$(dirname "$0")/.."
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jar="${JAVA_HOME:+$JAVA_HOME/bin/}jar"
./mvnw -q -B -Dproduction -Dmaven.test.skip=true clean package
built=$(ls target/convene-*.jar | grep -v plain | head -1)

left_in=$("$jar" tf "$built" | grep -E 'zeebe-process-test|rocksdb|io/camunda/zeebe/process/test/|EmbeddedEngineConfiguration|LoopbackGrpcServerProvider|services/io\.grpc\.ServerProvider|DemoDirectory|LocalityDemo' || true)
if [ -n "$left_in" ]; then
  echo "The production jar holds parts of the embedded engine or the demo:" >&2
  echo "$left_in" >&2
  exit 1
fi

# Starts the jar with these settings and checks that it stops by itself, non-zero, saying this.
stops_saying() {
  local message=$1
  shift
  local log
  log=$(mktemp)
  set +e
  timeout 120 "$java" -jar "$built" --server.port=0 \
    "--spring.datasource.url=jdbc:h2:mem:production-check;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" "$@" > "$log" 2>&1
  local status=$?
  set -e
  if [ "$status" -eq 0 ] || [ "$status" -eq 124 ] || ! grep -q "$message" "$log"; then
    echo "The production jar started with ${*:-no settings} did not stop saying \"$message\" (exit $status); see $log" >&2
    exit 1
  fi
  rm -f "$log"
}
stops_saying "has no embedded engine"
stops_saying "has no demo data" --convene.engine=remote --camunda.client.grpc-address=http://127.0.0.1:9 --camunda.client.rest-address=http://127.0.0.1:9
echo "The production jar holds no part of the embedded engine or the demo; in the embedded default, or with the demo's data, it stops saying what to set."
