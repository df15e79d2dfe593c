# syntax=docker/dockerfile:1
# One image per service:  docker build --build-arg SERVICE=intake -t demarche/intake .
# (docker-compose.yml builds all four.) SERVICE is one of: intake, campaigns, outreach, dashboard.

FROM maven:3.9-eclipse-temurin-17 AS build
ARG SERVICE
WORKDIR /src
RUN test -n "${SERVICE}" || { echo "Build with --build-arg SERVICE=<intake|campaigns|outreach|dashboard>" >&2; exit 1; }
COPY . .
# The cache mount keeps downloaded dependencies between builds (BuildKit, the default builder).
RUN --mount=type=cache,target=/root/.m2/repository \
    mvn -B -q -DskipTests -pl services/${SERVICE} -am package

FROM eclipse-temurin:17-jre
ARG SERVICE
LABEL org.opencontainers.image.title="demarche-${SERVICE}"
RUN groupadd --system --gid 10001 demarche \
    && useradd --system --uid 10001 --gid demarche --home-dir /app --no-create-home --shell /usr/sbin/nologin demarche
WORKDIR /app
COPY --from=build --chown=root:root --chmod=0444 \
    /src/services/${SERVICE}/target/${SERVICE}-0.1.0-SNAPSHOT-exec.jar /app/app.jar
# Size the heap from the container's memory limit; fail fast (and get restarted) on OutOfMemoryError.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
USER 10001:10001
EXPOSE 8080 8081 8082 8083
ENTRYPOINT ["java","-jar","/app/app.jar"]
