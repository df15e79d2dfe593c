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
# Split the executable jar into its layers, least often changed first: an upgrade that changes only
# Démarche's code rebuilds and pulls only the last layer (a few MB, not the ~65 MB of dependencies).
RUN java -Djarmode=tools -jar services/${SERVICE}/target/${SERVICE}-0.1.0-SNAPSHOT-exec.jar \
        extract --layers --launcher --destination /layers

FROM eclipse-temurin:17-jre
ARG SERVICE
LABEL org.opencontainers.image.title="demarche-${SERVICE}"
RUN groupadd --system --gid 10001 demarche \
    && useradd --system --uid 10001 --gid demarche --home-dir /app --no-create-home --shell /usr/sbin/nologin demarche
WORKDIR /app
# Owned by root (COPY's default): the service's user reads them and cannot change them.
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
# Size the heap from the container's memory limit; fail fast (and get restarted) on OutOfMemoryError.
# Logs are JSON lines (Elastic Common Schema) for a log collector; LOGGING_STRUCTURED_FORMAT_CONSOLE=
# (empty) gives the human-readable lines back.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError" \
    LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs
USER 10001:10001
EXPOSE 8080 8081 8082 8083
ENTRYPOINT ["java","org.springframework.boot.loader.launch.JarLauncher"]
