# Builds Convene and runs it on a JRE. Used by docker-compose.yml; tests run outside the image (./mvnw verify).
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q -Dproduction dependency:go-offline
COPY src src
COPY bpmn bpmn
COPY templates templates
# The production build: without the embedded engine (non-production licence), so Convene runs only against a Camunda 8
# cluster, and without the demo's accounts unless built with --build-arg DEMO=true (docker-compose.yml does, to be
# tried out). Extracted, as scripts/package-for-running.sh does: classes load from plain jars, not from nested ones.
ARG DEMO=false
RUN ./mvnw -B -q -Dproduction $([ "$DEMO" = true ] && echo -Ddemo) -Dmaven.test.skip=true package && cp target/convene-*.jar /convene.jar \
    && java -Djarmode=tools -jar /convene.jar extract --destination /app

FROM eclipse-temurin:25-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 convene \
    && mkdir -p /var/lib/convene/audit && chown convene /var/lib/convene/audit
COPY --from=build /app /app
# An AOT cache of the classes Convene loads, trained by one start on a throwaway database with this image's JRE:
# Convene then starts in about half the time (docs/benchmarks.md). The start ends once the context is ready, before the
# client reaches for an engine, so the engine's address and the keys are placeholders.
RUN java -XX:MaxRAMPercentage=75 -XX:AOTCacheOutput=/app/convene.aot -Dspring.context.exit=onRefresh -jar /app/convene.jar \
      "--spring.datasource.url=jdbc:h2:mem:training;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
      --convene.engine=remote --camunda.client.grpc-address=http://127.0.0.1:26500 --camunda.client.rest-address=http://127.0.0.1:8080 \
      --convene.demo-data=false --convene.links.secret=aot-training-only-placeholder-key-0001 \
      --convene.audit.key=aot-training-only-placeholder-key-0002 --convene.audit.anchor-dir=/tmp/training-audit > /dev/null && rm -rf /tmp/training-audit
USER convene
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:AOTCache=/app/convene.aot", "-jar", "/app/convene.jar"]
