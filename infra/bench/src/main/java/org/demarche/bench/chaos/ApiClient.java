package org.demarche.bench.chaos;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON over HTTP to the services' balancers, as a script would call them. A call that finds no
 * instance (refused, reset, 502/503) is tried again for a while: an instance may be down at any
 * moment in this run, and the other one answers.
 */
public final class ApiClient {

    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final String authorization;

    private ApiClient(String authorization) {
        this.authorization = authorization;
    }

    public static ApiClient as(String username, String password) {
        return new ApiClient("Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8)));
    }

    /** Nobody: a partner has only the link in the email. */
    static ApiClient anonymous() {
        return new ApiClient(null);
    }

    public record Response(int status, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public boolean ok() {
            return status / 100 == 2;
        }
    }

    public Response put(URI uri, Object body) throws InterruptedException {
        return send(request(uri).PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    public Response post(URI uri, Object body) throws InterruptedException {
        return send(request(uri).POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    /** One attempt, for what must not be done twice: empty when no answer came back (done or not, unknown). */
    public java.util.Optional<Response> postOnce(URI uri, Object body) throws InterruptedException {
        try {
            HttpResponse<String> response = http.send(request(uri)
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
            return java.util.Optional.of(new Response(response.statusCode(), response.body()));
        } catch (IOException noAnswer) {
            return java.util.Optional.empty();
        }
    }

    public Response get(URI uri) throws InterruptedException {
        return send(request(uri).GET());
    }

    private HttpRequest.Builder request(URI uri) {
        var builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Accept", "application/json");
        return authorization == null ? builder : builder.header("Authorization", authorization);
    }

    private Response send(HttpRequest.Builder request) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        HttpRequest built = request.build();
        while (true) {
            try {
                HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 502 && response.statusCode() != 503 || System.nanoTime() > deadline) {
                    return new Response(response.statusCode(), response.body());
                }
            } catch (IOException noInstance) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(built.method() + " " + built.uri() + " found no instance for "
                            + PATIENCE, noInstance);
                }
            }
            Thread.sleep(500);
        }
    }
}
