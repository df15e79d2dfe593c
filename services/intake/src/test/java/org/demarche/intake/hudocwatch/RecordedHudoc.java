package org.demarche.intake.hudocwatch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local stand-in for HUDOC's or HUDOC-EXEC's query API ({@code /app/query/results}) that answers
 * with recorded pages: each state's answers are scripted in order (a page, an HTTP error, or an
 * answer held back until the test lets it go), and a state with nothing scripted gets an empty
 * page. Every request is recorded with its parameters.
 */
final class RecordedHudoc implements AutoCloseable {

    /** One scripted answer. */
    sealed interface Answer permits Page, Body, Status, Held {
    }

    /** A recorded page from {@code src/test/resources/hudoc/watch/}. */
    record Page(String file) implements Answer {
    }

    /** A 200 answer with this text, such as a proxy's error page. */
    record Body(String text) implements Answer {
    }

    /** An HTTP error such as 503. */
    record Status(int code) implements Answer {
    }

    /** No answer until {@code release} is counted down: the client's read timeout decides, not a sleep. */
    record Held(CountDownLatch release, Answer then) implements Answer {
    }

    /** A request as HUDOC would have received it. */
    record Request(String state, Map<String, String> params) {

        String query() {
            return params.get("query");
        }

        int start() {
            return Integer.parseInt(params.get("start"));
        }
    }

    private static final Pattern STATE = Pattern.compile("(?:respondent|execstate):\"(\\w+)\"");
    private static final String EMPTY_PAGE = "{\"resultcount\": 0, \"results\": []}";

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, Deque<Answer>> scripts = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    RecordedHudoc() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/app/query/results", this::answer);
        // a held answer must not hold up the others: one thread per exchange
        server.setExecutor(threads);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The answers to the next requests about {@code state}, in order. */
    void script(String state, Answer... answers) {
        Deque<Answer> script = scripts.computeIfAbsent(state, key -> new ArrayDeque<>());
        synchronized (script) {
            script.addAll(List.of(answers));
        }
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    List<Request> requestsAbout(String state) {
        return requests.stream().filter(request -> state.equals(request.state())).toList();
    }

    void forgetRequests() {
        requests.clear();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> params = params(exchange.getRequestURI());
            Matcher state = STATE.matcher(params.getOrDefault("query", ""));
            Request request = new Request(state.find() ? state.group(1) : null, params);
            requests.add(request);
            Deque<Answer> script = scripts.get(request.state());
            Answer next = null;
            if (script != null) {
                synchronized (script) {
                    next = script.pollFirst();
                }
            }
            send(exchange, next);
        }
    }

    private static void send(HttpExchange exchange, Answer answer) throws IOException {
        if (answer instanceof Held held) {
            try {
                held.release().await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(exchange, held.then());
            return;
        }
        if (answer instanceof Status status) {
            exchange.sendResponseHeaders(status.code(), -1);
            return;
        }
        byte[] body = answer instanceof Page page ? page(page.file())
                : (answer instanceof Body text ? text.text() : EMPTY_PAGE).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        } catch (IOException e) {
            // the client gave up waiting (its read timeout): nothing left to answer
        }
    }

    static byte[] page(String file) {
        try (InputStream in = RecordedHudoc.class.getResourceAsStream("/hudoc/watch/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no recorded page " + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> params(URI uri) {
        Map<String, String> params = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int equals = pair.indexOf('=');
                params.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
