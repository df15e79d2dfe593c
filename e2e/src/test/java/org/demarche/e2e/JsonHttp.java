package org.demarche.e2e;

import org.demarche.testsupport.TestAccounts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The services' HTTP APIs as a script would call them: the JDK's client, JSON by Jackson. */
final class JsonHttp {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** HTTP Basic, as scripts sign in; {@code null} calls as nobody. */
    private final String authorization;

    /** Calls as the given account. */
    JsonHttp(String username, String password) {
        this.authorization = TestAccounts.basic(username, password);
    }

    /** Calls as nobody: what a stranger, or a partner with only a link, gets. */
    JsonHttp() {
        this.authorization = null;
    }
    private final JsonMapper json = JsonMapper.builder().build();

    /** A response, its body kept as bytes (a letter may be a PDF). */
    record Response(URI uri, int status, String contentType, String location, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return status + " from " + uri + " (" + contentType + "): "
                    + (contentType != null && contentType.contains("json") ? text() : body.length + " bytes");
        }
    }

    Response get(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET().header("Accept", "application/json, */*"));
    }

    Response post(URI uri, Object body) {
        return send(HttpRequest.newBuilder(uri).POST(jsonBody(body)).header("Content-Type", "application/json"));
    }

    /** POST with a header of the caller's, e.g. the W3C {@code traceparent} of a trace it began. */
    Response post(URI uri, Object body, String header, String value) {
        return send(HttpRequest.newBuilder(uri).POST(jsonBody(body)).header("Content-Type", "application/json")
                .header(header, value));
    }

    /** POST of a file as it is, e.g. a HUDOC result page. */
    Response post(URI uri, byte[] body, String contentType) {
        return send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", contentType));
    }

    Response put(URI uri, Object body) {
        return send(HttpRequest.newBuilder(uri).PUT(jsonBody(body)).header("Content-Type", "application/json"));
    }

    /** GET that must answer 200 with JSON. */
    JsonNode getJson(URI uri) {
        return json(get(uri), 200);
    }

    /** The body as JSON, once the status is the one expected. */
    JsonNode json(Response response, int expectedStatus) {
        if (response.status() != expectedStatus) {
            throw new AssertionError("expected " + expectedStatus + " but got " + response);
        }
        return json.readTree(response.body());
    }

    private HttpRequest.BodyPublisher jsonBody(Object body) {
        return HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8);
    }

    private Response send(HttpRequest.Builder request) {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpRequest built = request.timeout(TIMEOUT).build();
        try {
            HttpResponse<byte[]> response = http.send(built, HttpResponse.BodyHandlers.ofByteArray());
            return new Response(built.uri(), response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("Location").orElse(null), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(built.method() + " " + built.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + built.method() + " " + built.uri(), e);
        }
    }
}
