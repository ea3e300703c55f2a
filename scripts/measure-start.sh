#!/usr/bin/env bash
# Measures the README's own command, `./mvnw spring-boot:run`, as a new user meets it: seconds from the command to the
# login page answering, and to the first sign-in that works (a demo chair's, with the form's CSRF token), counting the
# sign-ins refused in between. The build is as it is: run `./mvnw test-compile` first to leave compiling out
# (`spring-boot:run` builds up to that phase). Each run has a fresh database and a free port of its own, so ./data and
# port 8080 are left alone.
#   scripts/measure-start.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"

for run in $(seq 1 "$runs"); do
  data=$(mktemp -d)
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  start=$(date +%s.%N)
  # A session of its own, so that Maven and the JVM it forks are stopped together.
  setsid ./mvnw -o -B spring-boot:run "-Dspring-boot.run.arguments=--server.port=$port \
--spring.datasource.url=jdbc:h2:file:$data/convene;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH \
--convene.audit.anchor-dir=$data/audit" > "$data/log" 2>&1 &
  pid=$!
  trap 'kill -- -$pid 2>/dev/null || true' EXIT
  until curl -fs -o /dev/null "http://127.0.0.1:$port/login"; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "Convene stopped; see $data/log" >&2; exit 1; fi
    sleep 0.1
  done
  login_page=$(date +%s.%N)
  refused=0
  while true; do
    cookies="$data/cookies"
    rm -f "$cookies"
    curl -fs -c "$cookies" -b "$cookies" -o "$data/login.html" "http://127.0.0.1:$port/login"
    csrf=$(grep -o 'name="_csrf" value="[^"]*"' "$data/login.html" | sed 's/.*value="//; s/"$//')
    answer=$(curl -s -c "$cookies" -b "$cookies" -o /dev/null -w '%{http_code} to %{redirect_url}' \
      -d "username=cara.chair&password=convene-demo&_csrf=$csrf" "http://127.0.0.1:$port/login")
    home=$(curl -s -b "$cookies" -o "$data/home.html" -w '%{http_code}' "http://127.0.0.1:$port/")
    if grep -q "You are signed in as" "$data/home.html"; then break; fi
    echo "sign-in refused: $answer, then the home page $home" >&2
    refused=$((refused + 1))
    if [ "$refused" -ge 120 ]; then echo "no sign-in worked in a minute; see $data/log" >&2; exit 1; fi
    sleep 0.5
  done
  signed_in=$(date +%s.%N)
  printf 'run %d: login page after %.1f s, first working sign-in after %.1f s (%d refused before it)\n' \
    "$run" "$(echo "$login_page - $start" | bc)" "$(echo "$signed_in - $start" | bc)" "$refused"
  kill -- -"$pid"; wait "$pid" 2>/dev/null || true
  trap - EXIT
  rm -rf "$data"
done
