package org.demarche.broker;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class BrokerCommandTest {

    @TempDir
    Path dir;

    @Test
    void runsBrokerMainFromAPlainClassPath() {
        BrokerNode node = BrokerNode.in(dir, 1, "127.0.0.1", 9092, 9093);

        List<String> command = BrokerCommand.of("/a.jar" + java.io.File.pathSeparator + "/b", List.of("-Xmx256m"), node, "cluster-id");

        assertThat(command).containsSequence("-cp", "/a.jar" + java.io.File.pathSeparator + "/b", BrokerCommand.MAIN_CLASS,
                node.propertiesFile().toString(), "cluster-id", Long.toString(ProcessHandle.current().pid()));
        assertThat(command).contains("-Xmx256m", "-Dlogback.configurationFile=" + BrokerCommand.LOGBACK_CONFIGURATION);
    }

    @Test
    void runsBrokerMainThroughBootsLauncherFromAnExecutableJar() throws IOException {
        Path jar = jar("app-exec.jar", "Spring-Boot-Lib", "BOOT-INF/lib/");
        BrokerNode node = BrokerNode.in(dir, 1, "127.0.0.1", 9092, 9093);

        List<String> command = BrokerCommand.of(jar.toString(), List.of(), node, "cluster-id");

        assertThat(command).containsSequence("-cp", jar.toString(), "-Dloader.main=" + BrokerCommand.MAIN_CLASS,
                BrokerCommand.BOOT_PROPERTIES_LAUNCHER, node.propertiesFile().toString());
    }

    @Test
    void relativeClassPathEntriesBecomeAbsoluteForTheBrokersOwnWorkingDirectory() {
        String relative = "infra/local/target/local-exec.jar" + java.io.File.pathSeparator + "/opt/lib/a.jar";

        assertThat(BrokerCommand.absolute(relative)).isEqualTo(
                Path.of("infra/local/target/local-exec.jar").toAbsolutePath() + java.io.File.pathSeparator + "/opt/lib/a.jar");
    }

    @Test
    void aManifestOnlyJarIsAPlainClassPath() throws IOException {
        // Surefire's and Failsafe's booter jar: its manifest's Class-Path lists the test class path
        Path jar = jar("surefirebooter.jar", "Class-Path", "file:/repo/a.jar file:/repo/b.jar");

        assertThat(BrokerCommand.isBootExecutableJar(jar.toString())).isFalse();
    }

    private Path jar(String name, String attribute, String value) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(new Attributes.Name(attribute), value);
        Path jar = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            // the manifest is all there is
        }
        return jar;
    }
}
