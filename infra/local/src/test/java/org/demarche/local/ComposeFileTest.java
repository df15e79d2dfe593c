package org.demarche.local;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * No Docker engine runs where this project is built, so this test is the check of
 * {@code docker-compose.yml}, {@code Dockerfile} and {@code infra/postgres}: every service must get
 * the connection settings it reads, pointing at the right service names and ports.
 */
class ComposeFileTest {

    private static final Path ROOT = repositoryRoot();

    /** The four services and the port each listens on (ARCHITECTURE.md, "Ports"). */
    private static final Map<String, Integer> SERVICES = Map.of(
            "dashboard", 8080, "intake", 8081, "campaigns", 8082, "outreach", 8083);

    private static final Pattern JDBC_URL = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([A-Za-z0-9_]+)(\\?.*)?");

    private static final Pattern CREATE_DATABASE = Pattern.compile(
            "(?m)^create_database\\s+(\\S+)\\s+(\\S+)\\s+\"\\$\\{([A-Z0-9_]+)(?::-[^}]*)?}\"\\s*$");

    private static final Pattern HEALTH_URL = Pattern.compile("http://(localhost|127\\.0\\.0\\.1):(\\d+)(/actuator/health)");

    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    static void load() throws IOException {
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("docker-compose.yml"), StandardCharsets.UTF_8)) {
            Map<String, Object> compose = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            services = new LinkedHashMap<>();
            map(compose.get("services"), "services").forEach((name, service) -> services.put(name, map(service, name)));
        }
    }

    @Test
    void declaresTheInfrastructureAndTheFourServices() {
        assertThat(services).containsKeys("kafka", "postgres", "mailpit");
        assertThat(services).containsKeys(SERVICES.keySet().toArray(String[]::new));
        assertThat(serviceWithImage("apache/kafka:")).isEqualTo("kafka");
        assertThat(serviceWithImage("postgres:")).isEqualTo("postgres");
        assertThat(serviceWithImage("axllent/mailpit:")).isEqualTo("mailpit");
    }

    @TestFactory
    Stream<DynamicTest> eachServiceIsBuiltFromThisRepository() {
        return SERVICES.keySet().stream().sorted().map(name -> DynamicTest.dynamicTest(name, () -> {
            Map<String, Object> build = map(services.get(name).get("build"), name + ".build");
            assertThat(build.get("context")).as(name + " build context").isEqualTo(".");
            Map<String, Object> args = map(build.get("args"), name + ".build.args");
            assertThat(String.valueOf(args.get("SERVICE"))).as(name + " SERVICE build arg").isEqualTo(name);
            assertThat(ROOT.resolve("services").resolve(name).resolve("pom.xml")).exists();
        }));
    }

    @TestFactory
    Stream<DynamicTest> eachServiceListensWhereItIsPublishedAndHealthChecked() {
        return SERVICES.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
            String name = entry.getKey();
            Map<String, String> env = environment(name);
            int port = Integer.parseInt(env.get("SERVER_PORT"));
            assertThat(port).as(name + " SERVER_PORT").isEqualTo(entry.getValue());
            assertThat(publishedPorts(name)).as(name + " published ports").containsEntry(port, port);

            String healthCheck = String.join(" ", healthCheck(name));
            Matcher url = HEALTH_URL.matcher(healthCheck);
            assertThat(url.find()).as(name + " health check calls /actuator/health: " + healthCheck).isTrue();
            assertThat(Integer.parseInt(url.group(2))).as(name + " health check port").isEqualTo(port);
        }));
    }

    @TestFactory
    Stream<DynamicTest> eachServiceReachesKafkaOnTheInternalListener() {
        Set<String> internal = kafkaEndpointsForContainers();
        assertThat(internal).as("advertised listeners of kafka that other containers can reach").isNotEmpty();
        return SERVICES.keySet().stream().sorted().map(name -> DynamicTest.dynamicTest(name, () -> {
            String bootstrap = environment(name).get("SPRING_KAFKA_BOOTSTRAP_SERVERS");
            assertThat(bootstrap).as(name + " SPRING_KAFKA_BOOTSTRAP_SERVERS").isNotBlank();
            for (String server : bootstrap.split(",")) {
                assertThat(internal).as(name + " bootstrap server " + server).contains(server.trim());
                assertThat(dependsOn(name)).as(name + " depends_on").containsKey(host(server));
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> eachServiceHasItsOwnDatabase() throws IOException {
        Map<String, String[]> databases = databasesCreatedByInitScripts();
        String postgres = serviceWithImage("postgres:");
        Map<String, String> postgresEnv = environment(postgres);
        assertThat(initScriptMountTargets(postgres)).contains("/docker-entrypoint-initdb.d");
        Set<String> seen = new LinkedHashSet<>();
        return SERVICES.keySet().stream().sorted().map(name -> DynamicTest.dynamicTest(name, () -> {
            Map<String, String> env = environment(name);
            Matcher url = JDBC_URL.matcher(env.getOrDefault("SPRING_DATASOURCE_URL", ""));
            assertThat(url.matches()).as(name + " SPRING_DATASOURCE_URL " + env.get("SPRING_DATASOURCE_URL")).isTrue();
            assertThat(url.group(1)).as(name + " database host").isEqualTo(postgres);
            assertThat(url.group(2) == null ? 5432 : Integer.parseInt(url.group(2))).as(name + " database port").isEqualTo(5432);
            String database = url.group(3);
            assertThat(databases).as("databases created by infra/postgres").containsKey(database);
            assertThat(seen.add(database)).as(name + " shares database " + database).isTrue();
            String[] created = databases.get(database);
            assertThat(env.get("SPRING_DATASOURCE_USERNAME")).as(name + " SPRING_DATASOURCE_USERNAME").isEqualTo(created[0]);
            // The password the init script gives the role is the postgres container's variable of that
            // name; the service must be given the very same expression.
            assertThat(postgresEnv).as("postgres environment").containsKey(created[1]);
            assertThat(env.get("SPRING_DATASOURCE_PASSWORD")).as(name + " SPRING_DATASOURCE_PASSWORD")
                    .isEqualTo(postgresEnv.get(created[1]));
            assertThat(dependsOn(name)).as(name + " depends_on").containsKey(postgres);
        }));
    }

    @Test
    void outreachSendsMailToMailpitSmtpPort() {
        String mailpit = serviceWithImage("axllent/mailpit:");
        Map<String, String> env = environment("outreach");
        assertThat(env.get("SPRING_MAIL_HOST")).isEqualTo(mailpit);
        assertThat(Integer.parseInt(env.get("SPRING_MAIL_PORT"))).isEqualTo(mailpitSmtpPort(mailpit));
        assertThat(dependsOn("outreach")).containsKey(mailpit);
        for (String name : SERVICES.keySet()) {
            String host = environment(name).get("SPRING_MAIL_HOST");
            if (host != null) {
                assertThat(host).as(name + " SPRING_MAIL_HOST").isEqualTo(mailpit);
            }
        }
    }

    @Test
    void outreachSignsLinksWithASecretTheOperatorMustGiveAndFetchesLettersFromCampaigns() {
        assertThat(environment("outreach").get("DEMARCHE_OUTREACH_TOKENSECRET"))
                .startsWith("${DEMARCHE_OUTREACH_TOKENSECRET:?");
        assertThat(environment("campaigns").get("DEMARCHE_CAMPAIGNS_PUBLICBASEURL"))
                .isEqualTo("http://campaigns:" + environment("campaigns").get("SERVER_PORT"));
    }

    @Test
    void everyDependencyIsAHealthCheckedService() {
        services.forEach((name, service) -> dependsOn(name).forEach((target, condition) -> {
            assertThat(services).as(name + " depends on " + target).containsKey(target);
            assertThat(condition).as(name + " depends on " + target).isEqualTo("service_healthy");
            assertThat(healthCheck(target)).as(target + " health check").isNotEmpty();
        }));
    }

    @Test
    void infrastructureHealthChecksProbeTheRightPorts() {
        String kafkaCheck = String.join(" ", healthCheck("kafka"));
        assertThat(kafkaCheck).contains("kafka-broker-api-versions");
        Matcher bootstrap = Pattern.compile("--bootstrap-server\\s+(\\S+)").matcher(kafkaCheck);
        assertThat(bootstrap.find()).isTrue();
        int port = Integer.parseInt(bootstrap.group(1).substring(bootstrap.group(1).lastIndexOf(':') + 1));
        assertThat(kafkaListenerPorts()).containsValue(port);

        String postgresCheck = String.join(" ", healthCheck("postgres"));
        assertThat(postgresCheck).contains("pg_isready");

        assertThat(String.join(" ", healthCheck("mailpit"))).contains("readyz");
    }

    @Test
    void kafkaIsASingleKraftNodeThatAdvertisesItsServiceName() {
        Map<String, String> env = environment("kafka");
        assertThat(env.get("KAFKA_PROCESS_ROLES")).isEqualTo("broker,controller");
        Map<String, Integer> listeners = kafkaListenerPorts();
        String controller = env.get("KAFKA_CONTROLLER_LISTENER_NAMES");
        assertThat(listeners).containsKey(controller);
        assertThat(env.get("KAFKA_CONTROLLER_QUORUM_VOTERS"))
                .isEqualTo(env.get("KAFKA_NODE_ID") + "@kafka:" + listeners.get(controller));
        assertThat(env.get("CLUSTER_ID")).matches("[A-Za-z0-9_-]{22}");
        assertThat(env.get("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR")).isEqualTo("1");
        assertThat(env.get("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR")).isEqualTo("1");
    }

    @Test
    void everyImageHasAPinnedTag() throws IOException {
        List<String> images = new ArrayList<>();
        services.forEach((name, service) -> {
            Object image = service.get("image");
            if (image == null) {
                assertThat(service).as(name + " has neither image nor build").containsKey("build");
            }
            else {
                images.add(image.toString());
            }
        });
        for (String line : Files.readAllLines(ROOT.resolve("Dockerfile"))) {
            Matcher from = Pattern.compile("(?i)^FROM\\s+(\\S+)").matcher(line.trim());
            if (from.find()) {
                images.add(from.group(1));
            }
        }
        assertThat(images).isNotEmpty();
        for (String image : images) {
            String nameAndTag = image.substring(image.lastIndexOf('/') + 1);
            assertThat(nameAndTag).as(image).contains(":");
            String tag = nameAndTag.substring(nameAndTag.indexOf(':') + 1);
            assertThat(tag).as(image).isNotBlank().isNotEqualToIgnoringCase("latest");
        }
    }

    @Test
    void dockerfileCopiesTheExecutableJarOfTheCurrentVersion() throws IOException {
        String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
        String pom = Files.readString(ROOT.resolve("pom.xml"));
        Matcher version = Pattern.compile("<artifactId>demarche-parent</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertThat(version.find()).isTrue();
        assertThat(dockerfile).contains("ARG SERVICE");
        assertThat(dockerfile).contains("services/${SERVICE}/target/${SERVICE}-" + version.group(1) + "-exec.jar");
        assertThat(dockerfile).containsPattern("(?m)^USER\\s+(?!root\\b|0\\b)\\S+");
    }

    /** One image layer per Spring Boot layer, least often changed first, started by Boot's launcher. */
    @Test
    void dockerfileCopiesTheJarsLayersInOrderAndLogsJson() throws IOException {
        String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
        assertThat(dockerfile).contains("-Djarmode=tools -jar services/${SERVICE}/target/")
                .containsPattern("extract --layers --launcher --destination /layers");
        Matcher copy = Pattern.compile("(?m)^COPY --from=build\\s.*?/layers/([a-z-]+)/ \\./$").matcher(dockerfile);
        List<String> layers = new ArrayList<>();
        while (copy.find()) {
            layers.add(copy.group(1));
        }
        assertThat(layers).containsExactly("dependencies", "spring-boot-loader", "snapshot-dependencies", "application");
        assertThat(dockerfile).contains("ENTRYPOINT [\"java\",\"org.springframework.boot.loader.launch.JarLauncher\"]")
                .containsPattern("(?m)^\\s*LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs$");
    }

    // ------------------------------------------------------------------ reading the files

    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("docker-compose.yml")) && Files.isDirectory(dir.resolve("infra"))) {
                return dir;
            }
        }
        return Path.of("../..").toAbsolutePath().normalize();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String what) {
        assertThat(value).as(what).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    private static String serviceWithImage(String prefix) {
        return services.entrySet().stream()
                .filter(entry -> String.valueOf(entry.getValue().get("image")).startsWith(prefix))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseGet(() -> fail("no service with image " + prefix + "*"));
    }

    /** The environment of a service, from either the map or the list form, values as strings. */
    private static Map<String, String> environment(String service) {
        Object environment = services.get(service).get("environment");
        Map<String, String> result = new LinkedHashMap<>();
        if (environment instanceof Map<?, ?> map) {
            map.forEach((key, value) -> result.put(key.toString(), value == null ? null : value.toString()));
        }
        else if (environment instanceof List<?> list) {
            for (Object item : list) {
                String entry = item.toString();
                int equals = entry.indexOf('=');
                result.put(equals < 0 ? entry : entry.substring(0, equals), equals < 0 ? null : entry.substring(equals + 1));
            }
        }
        return result;
    }

    /** container port → host port, from the short ("8080:8080") or long form. */
    private static Map<Integer, Integer> publishedPorts(String service) {
        Map<Integer, Integer> result = new LinkedHashMap<>();
        Object ports = services.get(service).get("ports");
        if (ports instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> longForm) {
                    result.put(Integer.parseInt(longForm.get("target").toString()), Integer.parseInt(longForm.get("published").toString()));
                }
                else {
                    String[] parts = item.toString().split("/")[0].split(":");
                    int container = Integer.parseInt(parts[parts.length - 1]);
                    int host = parts.length >= 2 ? Integer.parseInt(parts[parts.length - 2]) : container;
                    result.put(container, host);
                }
            }
        }
        return result;
    }

    private static List<String> healthCheck(String service) {
        Object healthCheck = services.get(service).get("healthcheck");
        if (!(healthCheck instanceof Map<?, ?> map) || map.get("test") == null) {
            return List.of();
        }
        Object test = map.get("test");
        if (test instanceof List<?> list) {
            return list.stream().map(Object::toString).toList();
        }
        return List.of(test.toString());
    }

    /** depends_on target → condition (the short list form has no condition). */
    private static Map<String, String> dependsOn(String service) {
        Object dependsOn = services.get(service).get("depends_on");
        Map<String, String> result = new LinkedHashMap<>();
        if (dependsOn instanceof Map<?, ?> map) {
            map.forEach((key, value) -> result.put(key.toString(),
                    value instanceof Map<?, ?> options && options.get("condition") != null ? options.get("condition").toString() : null));
        }
        else if (dependsOn instanceof List<?> list) {
            list.forEach(item -> result.put(item.toString(), null));
        }
        return result;
    }

    /** Where infra/postgres is mounted in the given service's container. */
    private static List<String> initScriptMountTargets(String service) {
        List<String> targets = new ArrayList<>();
        Object volumes = services.get(service).get("volumes");
        if (volumes instanceof List<?> list) {
            for (Object item : list) {
                String source;
                String target;
                if (item instanceof Map<?, ?> longForm) {
                    source = String.valueOf(longForm.get("source"));
                    target = String.valueOf(longForm.get("target"));
                }
                else {
                    String[] parts = item.toString().split(":");
                    if (parts.length < 2) {
                        continue;
                    }
                    source = parts[0];
                    target = parts[1];
                }
                source = source.replaceAll("/+$", "");
                if (source.equals("./infra/postgres") || source.equals("infra/postgres")) {
                    targets.add(target);
                }
            }
        }
        return targets;
    }

    /** Listener name → port, from KAFKA_LISTENERS ({@code NAME://host:port,...}). */
    private static Map<String, Integer> kafkaListenerPorts() {
        Map<String, Integer> result = new LinkedHashMap<>();
        for (String listener : environment("kafka").get("KAFKA_LISTENERS").split(",")) {
            String name = listener.substring(0, listener.indexOf("://")).trim();
            result.put(name, Integer.parseInt(listener.substring(listener.lastIndexOf(':') + 1).trim()));
        }
        return result;
    }

    /**
     * The {@code host:port} pairs of kafka's advertised listeners that other containers can reach:
     * the host is a compose service name and the port is one the broker listens on for that listener.
     */
    private static Set<String> kafkaEndpointsForContainers() {
        Map<String, Integer> listeners = kafkaListenerPorts();
        Set<String> result = new LinkedHashSet<>();
        for (String advertised : environment("kafka").get("KAFKA_ADVERTISED_LISTENERS").split(",")) {
            String name = advertised.substring(0, advertised.indexOf("://")).trim();
            String endpoint = advertised.substring(advertised.indexOf("://") + 3).trim();
            int port = Integer.parseInt(endpoint.substring(endpoint.lastIndexOf(':') + 1));
            if ("kafka".equals(host(endpoint)) && Integer.valueOf(port).equals(listeners.get(name))) {
                result.add(endpoint);
            }
        }
        return result;
    }

    private static String host(String hostAndPort) {
        String trimmed = hostAndPort.trim();
        return trimmed.substring(0, trimmed.lastIndexOf(':'));
    }

    private static int mailpitSmtpPort(String mailpit) {
        String bind = environment(mailpit).get("MP_SMTP_BIND_ADDR");
        return bind == null ? 1025 : Integer.parseInt(bind.substring(bind.lastIndexOf(':') + 1));
    }

    /** Database → {owner, name of the password variable}, from the init scripts in infra/postgres. */
    private static Map<String, String[]> databasesCreatedByInitScripts() throws IOException {
        Map<String, String[]> result = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(ROOT.resolve("infra/postgres"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".sh")).sorted().toList()) {
                Matcher matcher = CREATE_DATABASE.matcher(Files.readString(file));
                while (matcher.find()) {
                    result.put(matcher.group(1), new String[] { matcher.group(2), matcher.group(3) });
                }
            }
        }
        assertThat(result).as("create_database calls in infra/postgres/*.sh").isNotEmpty();
        return result;
    }
}
