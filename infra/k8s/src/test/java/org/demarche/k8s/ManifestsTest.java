package org.demarche.k8s;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.demarche.events.Topics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renders both overlays of {@code infra/k8s} with {@code kubectl kustomize} and checks every object
 * against its schema ({@link ManifestSchemas}), then what the schemas cannot say: each service is
 * wired to its own database, Kafka and Secrets, every topic of the contract is declared, no secret
 * value is in a manifest. No cluster runs here: nothing is applied.
 */
class ManifestsTest {

    private static final Path MODULE = moduleDirectory();

    /** The four services and the port each listens on (ARCHITECTURE.md, "Ports"). */
    private static final Map<String, Integer> SERVICES = Map.of(
            "dashboard", 8080, "intake", 8081, "campaigns", 8082, "outreach", 8083);

    /** The meters the alerts use: the contract with the services' /actuator/prometheus (docs/operations.md, "Metrics"). */
    private static final List<String> ALERTED_METRICS = List.of("demarche_dead_letters", "demarche_mail_queue",
            "demarche_deadline_lateness_seconds_bucket", "kafka_consumer_fetch_manager_records_lag_max");

    private static final Set<String> PROVIDED_SECRETS = Set.of("demarche-secrets", "demarche-outreach",
            "demarche-db-intake", "demarche-db-campaigns", "demarche-db-outreach", "demarche-db-dashboard");

    private static ManifestSchemas schemas;
    private static Map<String, List<Map<String, Object>>> overlays;

    @BeforeAll
    static void render(@TempDir Path copy) throws Exception {
        schemas = new ManifestSchemas(MODULE.resolve("target/k8s-schemas"));
        // the local overlay's secrets are git-ignored files: render a copy with fresh ones
        FileSystemUtils.copyRecursively(MODULE.resolve("base"), copy.resolve("base"));
        FileSystemUtils.copyRecursively(MODULE.resolve("overlays"), copy.resolve("overlays"));
        FileSystemUtils.deleteRecursively(copy.resolve("overlays/local/secrets"));
        run(copy, "bash", copy.resolve("overlays/local/make-secrets").toString());
        // kustomize 5 (kubectl 1.27 or later): Debian 12's kubernetes-client (1.20) embeds kustomize 2
        Matcher kustomize = Pattern.compile("Kustomize Version: v(\\d+)").matcher(run(copy, "kubectl", "version", "--client"));
        assertThat(kustomize.find() && Integer.parseInt(kustomize.group(1)) >= 5)
                .as("kubectl's kustomize is version 5 or later (kubectl version --client)").isTrue();
        overlays = new LinkedHashMap<>();
        for (String overlay : List.of("local", "production")) {
            overlays.put(overlay, documents(run(copy, "kubectl", "kustomize", "overlays/" + overlay)));
        }
    }

    @TestFactory
    Stream<DynamicTest> everyRenderedObjectMatchesItsSchema() {
        return overlays.entrySet().stream().map(overlay -> DynamicTest.dynamicTest(overlay.getKey(), () -> {
            Map<ManifestSchemas.Against, Integer> counts = new EnumMap<>(ManifestSchemas.Against.class);
            List<String> problems = new ArrayList<>();
            List<String> unchecked = new ArrayList<>();
            for (Map<String, Object> object : overlay.getValue()) {
                ManifestSchemas.Verdict verdict = schemas.check(object);
                counts.merge(verdict.against(), 1, Integer::sum);
                verdict.problems().forEach(problem -> problems.add(describe(object) + ": " + problem));
                if (verdict.against() == ManifestSchemas.Against.NOTHING) {
                    unchecked.add(describe(object));
                }
            }
            System.out.printf("%s: %d objects; %s; no schema: %s%n", overlay.getKey(), overlay.getValue().size(), counts,
                    unchecked);
            assertThat(problems).as(overlay.getKey()).isEmpty();
            assertThat(unchecked).as("objects no schema checked").allMatch(name -> name.startsWith("postgresql.cnpg.io/"));
        }));
    }

    /** So that the test above cannot pass by accepting anything. */
    @TestFactory
    Stream<DynamicTest> brokenObjectsAreRejected() throws IOException {
        List<Map<String, Object>> broken;
        try (InputStream in = ManifestsTest.class.getResourceAsStream("/broken.yaml")) {
            broken = documents(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertThat(broken).hasSizeGreaterThanOrEqualTo(5);
        return broken.stream().map(object -> DynamicTest.dynamicTest(describe(object) + " " + metadata(object).get("name"),
                () -> {
                    List<String> problems = schemas.check(object).problems();
                    assertThat(problems).as(String.valueOf(object)).isNotEmpty();
                    System.out.println("rejected " + metadata(object).get("name") + ": " + problems.get(0).lines().findFirst().orElse(""));
                }));
    }

    @TestFactory
    Stream<DynamicTest> eachServiceRunsHardenedWithItsOwnDatabaseAndPort() {
        return overlays.entrySet().stream().flatMap(overlay -> SERVICES.keySet().stream().sorted().map(service ->
                DynamicTest.dynamicTest(overlay.getKey() + " " + service, () -> {
                    List<Map<String, Object>> objects = overlay.getValue();
                    Map<String, Object> pod = map(map(spec(find(objects, "Deployment", service)).get("template")).get("spec"));
                    Map<String, Object> app = map(list(pod.get("containers")).get(0));
                    Map<String, Object> env = environment(app);
                    int port = SERVICES.get(service);
                    assertThat(env.get("SERVER_PORT")).isEqualTo(String.valueOf(port));
                    assertThat(map(list(app.get("ports")).get(0))).containsEntry("containerPort", port).containsEntry("name", "http");
                    assertThat(list(spec(find(objects, "Service", service)).get("ports")))
                            .anySatisfy(p -> assertThat(map(p)).containsEntry("port", port).containsEntry("targetPort", "http"));

                    assertThat(path(app, "livenessProbe", "httpGet", "path")).isEqualTo("/actuator/health/liveness");
                    assertThat(path(app, "readinessProbe", "httpGet", "path")).isEqualTo("/actuator/health/readiness");
                    assertThat(path(app, "securityContext", "readOnlyRootFilesystem")).isEqualTo(true);
                    assertThat(path(pod, "securityContext", "runAsNonRoot")).isEqualTo(true);
                    assertThat(list(app.get("volumeMounts"))).anySatisfy(m -> assertThat(map(m)).containsEntry("mountPath", "/tmp"));
                    assertThat(path(app, "resources", "limits", "memory")).isNotNull();
                    Map<String, Object> config = data(find(objects, "ConfigMap", "demarche-config"));
                    assertThat((Integer) pod.get("terminationGracePeriodSeconds"))
                            .isGreaterThan(seconds(String.valueOf(config.get("SPRING_LIFECYCLE_TIMEOUTPERSHUTDOWNPHASE"))));
                    assertThat(config).containsEntry("SERVER_SHUTDOWN", "graceful")
                            .containsEntry("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs");
                    assertThat(String.valueOf(config.get("JAVA_TOOL_OPTIONS"))).contains("MaxRAMPercentage");
                    assertThat(config.get("SPRING_KAFKA_BOOTSTRAP_SERVERS"))
                            .isEqualTo(find(objects, "Kafka", null).get("metadata") instanceof Map<?, ?> kafka
                                    ? kafka.get("name") + "-kafka-bootstrap:9092" : null);

                    // its own database, owned by the role whose password it is given
                    Map<String, Object> cluster = find(objects, "Cluster", null);
                    assertThat(env.get("SPRING_DATASOURCE_URL"))
                            .isEqualTo("jdbc:postgresql://" + metadata(cluster).get("name") + "-rw:5432/" + service);
                    String secret = "demarche-db-" + service;
                    assertThat(env.get("SPRING_DATASOURCE_USERNAME")).isEqualTo("secret " + secret + "/username");
                    assertThat(env.get("SPRING_DATASOURCE_PASSWORD")).isEqualTo("secret " + secret + "/password");
                    assertThat(databaseOwners(objects)).containsEntry(service, service);
                    assertThat(rolePasswordSecrets(cluster)).containsEntry(service, secret);
                    assertThat(find(objects, "PodDisruptionBudget", service)).isNotNull();
                })));
    }

    @TestFactory
    Stream<DynamicTest> noSecretValueIsInAManifest() {
        return overlays.entrySet().stream().map(overlay -> DynamicTest.dynamicTest(overlay.getKey(), () -> {
            Set<String> secrets = new LinkedHashSet<>();
            for (Map<String, Object> object : overlay.getValue()) {
                if ("Secret".equals(object.get("kind"))) {
                    secrets.add(String.valueOf(metadata(object).get("name")));
                }
                if ("ConfigMap".equals(object.get("kind"))) {
                    assertThat(data(object).keySet()).noneMatch(ManifestsTest::looksSecret);
                }
                if ("Deployment".equals(object.get("kind"))) {
                    for (Object container : list(map(map(spec(object).get("template")).get("spec")).get("containers"))) {
                        environment(map(container)).forEach((name, value) -> {
                            if (looksSecret(name)) {
                                assertThat(String.valueOf(value)).as(name).startsWith("secret ");
                            }
                        });
                    }
                }
            }
            if (overlay.getKey().equals("production")) {
                assertThat(secrets).as("production creates no Secret: they are made outside").isEmpty();
            } else {
                assertThat(secrets).as("the local overlay's generated Secrets").isEqualTo(PROVIDED_SECRETS);
            }
        }));
    }

    @Test
    void everyTopicOfTheContractIsDeclaredWithItsDeadLetterTopic() {
        overlays.forEach((overlay, objects) -> {
            Map<String, Map<String, Object>> topics = new LinkedHashMap<>();
            objects.stream().filter(o -> "KafkaTopic".equals(o.get("kind")))
                    .forEach(topic -> topics.put(String.valueOf(metadata(topic).get("name")), spec(topic)));
            Set<String> expected = new LinkedHashSet<>();
            Topics.ALL.forEach(topic -> {
                expected.add(topic);
                expected.add(Topics.deadLetter(topic));
            });
            assertThat(topics.keySet()).as(overlay).isEqualTo(expected);
            int replicas = overlay.equals("production") ? 3 : 1;
            topics.forEach((name, spec) -> {
                assertThat(spec).as(name).containsEntry("partitions", 6).containsEntry("replicas", replicas);
                assertThat(map(spec.get("config"))).as(name).containsEntry("min.insync.replicas", replicas == 3 ? 2 : 1);
            });
            Map<String, Object> config = data(find(objects, "ConfigMap", "demarche-config"));
            assertThat(config).containsEntry("DEMARCHE_PLATFORM_REPLICATIONFACTOR", String.valueOf(replicas));
            assertThat(spec(find(objects, "KafkaNodePool", null))).containsEntry("replicas", replicas);
        });
    }

    @Test
    void theIngressRoutesToServicesThatExistAndScrapingUsesTheAdministrator() {
        overlays.forEach((overlay, objects) -> {
            for (Object rule : list(spec(find(objects, "Ingress", "demarche")).get("rules"))) {
                for (Object path : list(map(map(rule).get("http")).get("paths"))) {
                    Map<String, Object> service = map(map(map(path).get("backend")).get("service"));
                    assertThat(list(spec(find(objects, "Service", String.valueOf(service.get("name")))).get("ports")))
                            .as(overlay + " " + path).anySatisfy(p -> assertThat(map(p).get("name"))
                                    .isEqualTo(map(service.get("port")).get("name")));
                }
            }
            Map<String, Object> endpoint = map(list(spec(find(objects, "ServiceMonitor", "demarche")).get("endpoints")).get(0));
            assertThat(endpoint).containsEntry("path", "/actuator/prometheus").containsEntry("port", "http");
            assertThat(path(endpoint, "basicAuth", "username", "name")).isEqualTo("demarche-secrets");
            assertThat(path(endpoint, "basicAuth", "password", "key")).isEqualTo("DEMARCHE_ADMIN_PASSWORD");
            String rules = String.valueOf(spec(find(objects, "PrometheusRule", "demarche")));
            assertThat(rules).contains(ALERTED_METRICS);
            assertThat(spec(find(objects, "HorizontalPodAutoscaler", "outreach"))).containsKey("metrics");
        });
    }

    // ------------------------------------------------------------------ reading the rendered objects

    private static boolean looksSecret(String name) {
        return name.matches("(?i).*(PASSWORD|SECRET|TOKEN).*");
    }

    private static int seconds(String duration) {
        assertThat(duration).matches("\\d+s");
        return Integer.parseInt(duration.substring(0, duration.length() - 1));
    }

    /** Environment of a container: literal values, and "secret NAME/KEY" or "config NAME/KEY" for references. */
    private static Map<String, Object> environment(Map<String, Object> container) {
        Map<String, Object> env = new LinkedHashMap<>();
        for (Object item : list(container.get("env"))) {
            Map<String, Object> variable = map(item);
            Map<String, Object> from = map(variable.get("valueFrom"));
            Object value = variable.get("value");
            if (from.get("secretKeyRef") != null) {
                value = "secret " + map(from.get("secretKeyRef")).get("name") + "/" + map(from.get("secretKeyRef")).get("key");
            }
            env.put(String.valueOf(variable.get("name")), value);
        }
        return env;
    }

    /** Database → owner: initdb's and every Database resource's. */
    private static Map<String, Object> databaseOwners(List<Map<String, Object>> objects) {
        Map<String, Object> owners = new LinkedHashMap<>();
        Map<String, Object> initdb = map(map(spec(find(objects, "Cluster", null)).get("bootstrap")).get("initdb"));
        owners.put(String.valueOf(initdb.get("database")), initdb.get("owner"));
        objects.stream().filter(o -> "Database".equals(o.get("kind")))
                .forEach(database -> owners.put(String.valueOf(spec(database).get("name")), spec(database).get("owner")));
        return owners;
    }

    /** Role → the Secret holding its password: initdb's owner and the managed roles. */
    private static Map<String, Object> rolePasswordSecrets(Map<String, Object> cluster) {
        Map<String, Object> secrets = new LinkedHashMap<>();
        Map<String, Object> initdb = map(map(spec(cluster).get("bootstrap")).get("initdb"));
        secrets.put(String.valueOf(initdb.get("owner")), map(initdb.get("secret")).get("name"));
        for (Object role : list(map(spec(cluster).get("managed")).get("roles"))) {
            secrets.put(String.valueOf(map(role).get("name")), map(map(role).get("passwordSecret")).get("name"));
        }
        return secrets;
    }

    private static Map<String, Object> find(List<Map<String, Object>> objects, String kind, String name) {
        return objects.stream()
                .filter(o -> kind.equals(o.get("kind")) && (name == null || name.equals(metadata(o).get("name"))))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + (name == null ? "" : name)));
    }

    private static String describe(Map<String, Object> object) {
        return object.get("apiVersion") + " " + object.get("kind") + " " + metadata(object).get("name");
    }

    private static Object path(Map<String, Object> root, String... keys) {
        Object node = root;
        for (String key : keys) {
            node = map(node).get(key);
        }
        return node;
    }

    private static Map<String, Object> metadata(Map<String, Object> object) {
        return map(object.get("metadata"));
    }

    private static Map<String, Object> spec(Map<String, Object> object) {
        return map(object.get("spec"));
    }

    private static Map<String, Object> data(Map<String, Object> object) {
        return map(object.get("data"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static List<Object> list(Object value) {
        return value instanceof List<?> l ? new ArrayList<>(l) : List.of();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> documents(String yaml) {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(yaml)) {
            if (document != null) {
                documents.add((Map<String, Object>) document);
            }
        }
        return documents;
    }

    private static String run(Path directory, String... command) throws IOException, InterruptedException {
        Path errors = Files.createTempFile(directory, "stderr", ".txt");
        Process process = new ProcessBuilder(command).directory(directory.toFile())
                .redirectError(errors.toFile()).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + Files.readString(errors)).isZero();
        return output;
    }

    private static Path moduleDirectory() {
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("base")) ? here : here.resolve("infra/k8s");
    }
}
