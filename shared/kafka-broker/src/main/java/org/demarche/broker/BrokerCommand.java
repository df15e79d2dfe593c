package org.demarche.broker;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Collectors;

/**
 * The command line of a broker JVM: this JVM's {@code java}, and this JVM's class path, which holds
 * Kafka's server since this module depends on it.
 *
 * <p>In a test, the class path is Maven's (or Surefire's manifest-only jar, which {@code -cp} reads
 * as well). In a Spring Boot executable jar started with {@code java -jar}, the class path is that
 * one jar, whose libraries only Boot's launcher can load: the broker is then started through Boot's
 * {@code PropertiesLauncher} with {@code -Dloader.main}, from the same jar.
 */
final class BrokerCommand {

    static final String MAIN_CLASS = BrokerMain.class.getName();

    static final String BOOT_PROPERTIES_LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";

    static final String LOGBACK_CONFIGURATION = "org/demarche/broker/broker-logback.xml";

    private BrokerCommand() {
    }

    static List<String> of(List<String> jvmOptions, BrokerNode node, String clusterId) {
        return of(absolute(System.getProperty("java.class.path")), jvmOptions, node, clusterId);
    }

    /** The broker runs in its own directory: a relative entry ({@code java -jar infra/local/target/...}) would miss there. */
    static String absolute(String classPath) {
        return Arrays.stream(classPath.split(File.pathSeparator)).filter(entry -> !entry.isEmpty())
                .map(entry -> Path.of(entry).toAbsolutePath().toString()).collect(Collectors.joining(File.pathSeparator));
    }

    static List<String> of(String classPath, List<String> jvmOptions, BrokerNode node, String clusterId) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        // Logback takes a class path resource here; without it Logback's default would log Kafka at DEBUG
        command.add("-Dlogback.configurationFile=" + LOGBACK_CONFIGURATION);
        command.add("-Dkafka.logs.dir=" + node.directory());
        command.add("-cp");
        command.add(classPath);
        if (isBootExecutableJar(classPath)) {
            command.add("-Dloader.main=" + MAIN_CLASS);
            command.add(BOOT_PROPERTIES_LAUNCHER);
        }
        else {
            command.add(MAIN_CLASS);
        }
        command.add(node.propertiesFile().toString());
        command.add(clusterId);
        command.add(Long.toString(ProcessHandle.current().pid()));
        return command;
    }

    /** One jar whose manifest names Boot's nested class and library folders. */
    static boolean isBootExecutableJar(String classPath) {
        if (classPath == null || classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) {
            return false;
        }
        Path jar = Path.of(classPath);
        if (!Files.isRegularFile(jar)) {
            return false;
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            return manifest != null && manifest.getMainAttributes().get(new Attributes.Name("Spring-Boot-Lib")) != null;
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not read the manifest of " + jar, ex);
        }
    }
}
