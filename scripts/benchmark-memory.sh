#!/usr/bin/env bash
# Measures the embedded default's resident memory as a council would load it, then over an idle run: starts Convene
# on a fresh H2 database, raises ACTIONS actions through the API (each with its process and timers in the embedded
# engine), then samples the process's RSS every 5 minutes for MINUTES minutes while nothing happens.
#   scripts/benchmark-memory.sh [ACTIONS] [MINUTES]      (defaults: 10000 actions, 120 minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
actions="${1:-10000}"
minutes="${2:-120}"
port=18081
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
./mvnw -q -B -DskipTests package
jar=$(ls target/convene-*.jar | grep -v plain | head -1)
data=$(mktemp -d)
"$java" -jar "$jar" --server.port=$port \
  "--spring.datasource.url=jdbc:h2:file:$data/convene;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
  "--convene.audit.anchor-dir=$data/audit" > "$data/log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
rss() { echo $(( $(awk '/VmRSS/ {print $2}' "/proc/$pid/status") / 1024 )); }
until curl -fs -o /dev/null "http://localhost:$port/actuator/health/readiness"; do
  if ! kill -0 "$pid" 2>/dev/null; then echo "Convene stopped; see $data/log" >&2; exit 1; fi
  sleep 0.5
done
echo "ready: RSS $(rss) MiB"
sam=$(curl -fs -u cara.chair:convene-demo "http://localhost:$port/api/people" | grep -o '"id":[0-9]*,"displayName":"Sam Social"' | grep -o '[0-9]*' | head -1)
due=$(date -d "+60 days" +%F)
started=$(date +%s)
seq 1 "$actions" | xargs -P 4 -I{} curl -fs -o /dev/null -u cara.chair:convene-demo -H 'Content-Type: application/json' \
  -d "{\"title\": \"Memory benchmark action {}\", \"ownerPersonId\": $sam, \"dueDate\": \"$due\"}" "http://localhost:$port/api/actions"
echo "raised $actions actions in $(( $(date +%s) - started )) s: RSS $(rss) MiB"
for sample in $(seq 0 5 "$minutes"); do
  echo "idle minute $sample: RSS $(rss) MiB"
  if [ "$sample" -lt "$minutes" ]; then sleep 300; fi
done
