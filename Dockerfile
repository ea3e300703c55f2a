# Builds Convene and runs it on a JRE. Used by docker-compose.yml; tests run outside the image (./mvnw verify).
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY bpmn bpmn
COPY templates templates
RUN ./mvnw -B -q -DskipTests package && cp target/convene-*.jar /convene.jar

FROM eclipse-temurin:21-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 convene \
    && mkdir -p /var/lib/convene/audit && chown convene /var/lib/convene/audit
USER convene
COPY --from=build /convene.jar /app/convene.jar
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/convene.jar"]
