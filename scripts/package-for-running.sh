#!/usr/bin/env bash
# Packages Convene the way Spring Boot recommends for running it for real: the jar extracted into target/app (classes
# load from plain jars, not from jars nested in a jar), and on JDK 25 or newer an AOT cache of the classes it loads,
# trained by one start on a throwaway database. Measured in docs/benchmarks.md: it starts in about half the time of
# `java -jar` on the packaged jar, in less memory. The heap is bounded (JVM_OPTIONS): with 10,000 open actions Convene
# keeps about 80 MiB live, and without a bound the JVM lets the heap grow to a quarter of the machine's memory.
# Prints the command that runs it.
#   scripts/package-for-running.sh
set -euo pipefail
cd "$(dirname "$0")/.."
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
./mvnw -q -B -DskipTests package
jar=$(ls target/convene-*.jar | grep -v plain | head -1)
rm -rf target/app
"$java" -Djarmode=tools -jar "$jar" extract --destination target/app > /dev/null
mv target/app/"$(basename "$jar")" target/app/convene.jar
options="${JVM_OPTIONS:--Xmx384m}"
if [ "$("$java" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -c AOTCacheOutput)" -gt 0 ]; then
  training=$(mktemp -d)
  # spring.context.exit=onRefresh: start every bean, then stop, and write the cache on the way out.
  "$java" $options -XX:AOTCacheOutput=target/app/convene.aot -Dspring.context.exit=onRefresh -jar target/app/convene.jar \
    "--spring.datasource.url=jdbc:h2:file:$training/convene;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
    "--convene.audit.anchor-dir=$training/audit" > "$training/log" 2>&1 \
    || { echo "The training start failed; see $training/log" >&2; exit 1; }
  rm -rf "$training"
  options="$options -XX:AOTCache=target/app/convene.aot"
fi
echo "$java $options -jar target/app/convene.jar"
