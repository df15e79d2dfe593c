package org.demarche.intake.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.demarche.intake.IntakeApplication;
import org.demarche.testsupport.TestAccounts;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Intake started as its main method starts it, on a real HTTP port, with the broker and database
 * addresses the test chooses (an absent broker, PostgreSQL behind a proxy), called as a script
 * would: HTTP Basic with the test administrator.
 */
final class IntakeOverHttp implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ConfigurableApplicationContext context;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private IntakeOverHttp(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static IntakeOverHttp start(String bootstrapServers, String jdbcUrl, String username, String password,
                                Map<String, Object> settings) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("server.port", 0);
        properties.put("spring.kafka.bootstrap-servers", bootstrapServers);
        properties.put("spring.datasource.url", jdbcUrl);
        properties.put("spring.datasource.username", username);
        properties.put("spring.datasource.password", password);
        // a few connections are enough here, and PostgreSQL is shared with the other tests of the machine
        properties.put("spring.datasource.hikari.maximum-pool-size", 4);
        properties.put("demarche.admin.user", TestAccounts.ADMIN);
        properties.put("demarche.admin.password", TestAccounts.ADMIN_PASSWORD);
        properties.putAll(settings);
        // as command-line arguments: they outrank application.yml, as the environment does in production
        String[] arguments = properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue())
                .toArray(String[]::new);
        return new IntakeOverHttp(new SpringApplicationBuilder(IntakeApplication.class).run(arguments));
    }

    ConfigurableApplicationContext context() {
        return context;
    }

    /** A meeting whose title is {@code title}, as a coordinator enters it. */
    HttpResponse<String> scheduleMeeting(String title) {
        String body = """
                {"title": "%s", "startsAt": "2030-07-20T11:00", "timeZone": "Europe/Paris", "city": "Paris",
                 "participants": [{"name": "Emmanuel Macron", "title": "President", "country": "FR"},
                                  {"name": "Ilham Aliyev", "title": "President", "country": "AZ"}]}
                """.formatted(title);
        return send(HttpRequest.newBuilder(uri("/api/meetings")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** {@code GET path} with this {@code Authorization}. */
    HttpResponse<String> get(String path, String authorization) {
        return http(HttpRequest.newBuilder(uri(path)).header("Authorization", authorization)
                .timeout(Duration.ofSeconds(30)).GET().build());
    }

    /** A page, as the administrator's browser asks for it. */
    HttpResponse<String> page(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET());
    }

    static UUID meetingId(HttpResponse<String> created) {
        return UUID.fromString(json(created).path("id").asString());
    }

    /** {@code /actuator/health}, or one of its groups, read anonymously as a probe reads it. */
    JsonNode health(String path) {
        HttpResponse<String> response = http(HttpRequest.newBuilder(uri("/actuator/health" + path)).GET().build());
        return json(response);
    }

    String componentStatus(String component) {
        return health("").path("components").path(component).path("status").asString();
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return http(request.header("Authorization", TestAccounts.adminAuthorization())
                .timeout(Duration.ofSeconds(30)).build());
    }

    private HttpResponse<String> http(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("intake did not answer " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private URI uri(String path) {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return URI.create("http://127.0.0.1:" + port + path);
    }

    @Override
    public void close() {
        context.close();
    }
}
