#!/usr/bin/env bash
# Measures the embedded default as a new user meets it: seconds from starting Java to the login page answering and to
# readiness (demo data seeded, open work recovered), and the resident memory then and after a demo chair signed in.
# Runs RUNS times on a fresh database each time, in each of the two ways to run it: `java -jar` on the packaged jar,
# and packaged for running (scripts/package-for-running.sh: extracted, with an AOT cache), the form the goal holds.
#   scripts/benchmark-startup.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
port=18080
packaged=$(scripts/package-for-running.sh | tail -1)
jar=$(ls target/convene-*.jar | grep -v plain | head -1)

measure() {
  local form="$1" command="$2"
  for run in $(seq 1 "$runs"); do
    data=$(mktemp -d)
    start=$(date +%s.%N)
    $command --server.port=$port \
      "--spring.datasource.url=jdbc:h2:file:$data/convene;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
      "--convene.audit.anchor-dir=$data/audit" \
      > "$data/log" 2>&1 &
    pid=$!
    trap 'kill $pid 2>/dev/null || true' EXIT
    until curl -fs -o /dev/null "http://localhost:$port/login"; do
      if ! kill -0 "$pid" 2>/dev/null; then echo "Convene stopped; see $data/log" >&2; exit 1; fi
      sleep 0.1
    done
    login_page=$(date +%s.%N)
    until curl -fs -o /dev/null "http://localhost:$port/actuator/health/readiness"; do sleep 0.1; done
    ready=$(date +%s.%N)
    rss_ready=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
    jar_cookies="$data/cookies"
    curl -fs -c "$jar_cookies" -b "$jar_cookies" -o "$data/login.html" "http://localhost:$port/login"
    csrf=$(grep -o 'name="_csrf" value="[^"]*"' "$data/login.html" | sed 's/.*value="//; s/"$//')
    curl -fs -c "$jar_cookies" -b "$jar_cookies" -o /dev/null -d "username=cara.chair&password=convene-demo&_csrf=$csrf" "http://localhost:$port/login"
    curl -fs -b "$jar_cookies" -o "$data/home.html" "http://localhost:$port/"
    grep -q "You are signed in as" "$data/home.html" || { echo "sign-in failed" >&2; exit 1; }
    rss_signed_in=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
    printf '%s, run %d: login page after %.1f s, ready after %.1f s; RSS %d MiB when ready, %d MiB after a chair signed in\n' \
      "$form" "$run" "$(echo "$login_page - $start" | bc)" "$(echo "$ready - $start" | bc)" $((rss_ready / 1024)) $((rss_signed_in / 1024))
    kill "$pid"; wait "$pid" 2>/dev/null || true
    rm -rf "$data"
  done
}

measure "java -jar" "${JAVA_HOME:+$JAVA_HOME/bin/}java -jar $jar"
measure "packaged for running" "$packaged"
