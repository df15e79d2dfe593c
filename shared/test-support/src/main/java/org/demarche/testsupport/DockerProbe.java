package org.demarche.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Is there a Docker engine for Testcontainers? Looks for a hint first
 * (DOCKER_HOST, a socket, a Testcontainers config), because asking
 * Testcontainers on a machine without Docker costs seconds and a page of
 * log; only with a hint does it ask Testcontainers, which really connects.
 */
final class DockerProbe {

    private DockerProbe() {
    }

    static boolean dockerAvailable() {
        Map<String, String> env = System.getenv();
        return hasHint(env, hintFiles(env, Path.of(System.getProperty("user.home")))) && testcontainersReachesDocker();
    }

    static boolean hasHint(Map<String, String> env, List<Path> hintFiles) {
        return notBlank(env.get("DOCKER_HOST"))
                || notBlank(env.get("TESTCONTAINERS_HOST_OVERRIDE"))
                || hintFiles.stream().anyMatch(Files::exists);
    }

    /** Where Docker Engine, Docker Desktop, rootless Docker and Testcontainers' own configuration live. */
    static List<Path> hintFiles(Map<String, String> env, Path home) {
        List<Path> files = new ArrayList<>(List.of(
                Path.of("/var/run/docker.sock"),
                home.resolve(".docker/run/docker.sock"),
                home.resolve(".docker/desktop/docker.sock"),
                home.resolve(".testcontainers.properties")));
        if (notBlank(env.get("XDG_RUNTIME_DIR"))) {
            files.add(Path.of(env.get("XDG_RUNTIME_DIR"), "docker.sock"));
        }
        return files;
    }

    private static boolean testcontainersReachesDocker() {
        try {
            return org.testcontainers.DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
