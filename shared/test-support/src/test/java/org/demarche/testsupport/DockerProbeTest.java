package org.demarche.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerProbeTest {

    @TempDir
    Path home;

    @Test
    void seesNoHintWithoutDockerHostOrSocket() {
        assertThat(DockerProbe.hasHint(Map.of(), List.of(home.resolve("docker.sock")))).isFalse();
    }

    @Test
    void takesDockerHostAsAHint() {
        assertThat(DockerProbe.hasHint(Map.of("DOCKER_HOST", "tcp://docker.example:2375"), List.of())).isTrue();
    }

    @Test
    void takesAnExistingSocketAsAHint() throws IOException {
        Path socket = Files.createFile(home.resolve("docker.sock"));

        assertThat(DockerProbe.hasHint(Map.of(), List.of(socket))).isTrue();
    }

    @Test
    void looksWhereDockerEngineDesktopAndRootlessDockerPutTheirSockets() {
        assertThat(DockerProbe.hintFiles(Map.of("XDG_RUNTIME_DIR", "/run/user/1000"), home)).contains(
                Path.of("/var/run/docker.sock"),
                home.resolve(".docker/run/docker.sock"),
                Path.of("/run/user/1000/docker.sock"));
    }
}
