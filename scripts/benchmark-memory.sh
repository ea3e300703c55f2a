#!/usr/bin/env bash
# Measures the embedded default's resident memory as a council would load it, then over an idle run: starts Convene
# packaged for running (scripts/package-for-running.sh) on a fresh H2 database, raises ACTIONS actions through the
# "Raise an action" form as a signed-in chair (each with its process and timers in the embedded engine), then samples
# the process's RSS every 5 minutes for MINUTES minutes while nothing happens.
#   scripts/benchmark-memory.sh [ACTIONS] [MINUTES]      (defaults: 10000 actions, 120 minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
actions="${1:-10000}"
minutes="${2:-120}"
port=18081
command=$(scripts/package-for-running.sh | tail -1)
data=$(mktemp -d)
$command --server.port=$port \
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
cookies="$data/cookies"
csrf() { curl -fs -c "$cookies" -b "$cookies" "http://localhost:$port/$1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
curl -fs -c "$cookies" -b "$cookies" -o /dev/null -d "username=cara.chair&password=convene-demo&_csrf=$(csrf login)" "http://localhost:$port/login"
token=$(csrf actions/new)
due=$(date -d "+60 days" +%F)
started=$(date +%s)
seq 1 "$actions" | xargs -P 4 -I{} curl -fs -o /dev/null -b "$cookies" -w '%{http_code} %{redirect_url}\n' \
  --data-urlencode "title=Memory benchmark action {}" -d "owner=person:$sam&dueDate.day=${due:8:2}&dueDate.month=${due:5:2}&dueDate.year=${due:0:4}&_csrf=$token" \
  "http://localhost:$port/actions" | sed 's/[0-9]*$//' | sort | uniq -c   # 302 to /actions/ID: raised
echo "raised $actions actions in $(( $(date +%s) - started )) s: RSS $(rss) MiB"
for sample in $(seq 0 5 "$minutes"); do
  echo "idle minute $sample: RSS $(rss) MiB"
  if [ "$sample" -lt "$minutes" ]; then sleep 300; fi
done
