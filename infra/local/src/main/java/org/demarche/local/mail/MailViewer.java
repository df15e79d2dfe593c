package org.demarche.local.mail;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small web page over a {@link MailStore}: the captured mail, newest first, and a page per
 * message (headers, text part, HTML part in a sandboxed frame, attachments, raw source).
 *
 * <pre>
 * GET /                          the list
 * GET /messages/{id}             one message
 * GET /messages/{id}/html        its HTML part (sandboxed: no scripts, no same-origin access)
 * GET /messages/{id}/raw         the .eml as stored
 * GET /messages/{id}/parts/{n}   one decoded part (attachments, inline images)
 * GET /messages/{id}/cid/{cid}   the part with that Content-ID (what cid: URLs in the HTML point to)
 * GET /api/messages              the list as JSON: [{id, receivedAt, date, from, to, subject}]
 * GET /api/messages/{id}         one message as JSON, with text, html and headers
 * </pre>
 */
public final class MailViewer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MailViewer.class);

    private static final Pattern MESSAGE = Pattern.compile("/messages/([^/]+)(?:/(html|raw|parts/(\\d+)|cid/(.+)))?");

    private static final Pattern API_MESSAGE = Pattern.compile("/api/messages/([^/]+)");

    private static final Pattern URL_IN_TEXT = Pattern.compile("https?://[^\\s<>\"')\\]]+");

    private static final Pattern CID_REFERENCE = Pattern.compile("(?i)cid:([^\"'\\s)>]+)");

    private static final String PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-src 'self'; "
            + "img-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";

    /** The mail's own HTML: an opaque origin without scripts; links open in a new tab. */
    private static final String MAIL_HTML_CSP = "sandbox allow-popups allow-popups-to-escape-sandbox; "
            + "default-src 'none'; img-src * data:; style-src * 'unsafe-inline'; font-src * data:; "
            + "frame-ancestors 'self'";

    private static final String STYLE = """
            body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d2430;background:#f6f7f9}
            header{background:#1d3557;color:#fff;padding:.7rem 1.2rem;display:flex;gap:1rem;align-items:baseline}
            header a{color:#fff;text-decoration:none;font-weight:600}header small{opacity:.8}
            main{padding:1rem 1.2rem;max-width:1200px}
            table{border-collapse:collapse;width:100%;background:#fff}
            th,td{text-align:left;padding:.4rem .6rem;border-bottom:1px solid #e3e6ea;vertical-align:top}
            th{background:#eef1f5;font-weight:600;white-space:nowrap}
            td.date{white-space:nowrap;color:#555}
            tr:hover td{background:#f9fbff}
            a{color:#1d4ed8}
            pre{white-space:pre-wrap;word-wrap:break-word;background:#fff;border:1px solid #e3e6ea;padding:.8rem;font:13px/1.45 ui-monospace,Menlo,Consolas,monospace}
            iframe{width:100%;height:70vh;border:1px solid #e3e6ea;background:#fff}
            h1{font-size:1.3rem;margin:.2rem 0 1rem}
            h2{font-size:1.05rem;margin:1.4rem 0 .5rem}
            dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0 0 1rem}
            dl.meta dt{font-weight:600;color:#555}dl.meta dd{margin:0}
            .empty{padding:2rem;background:#fff;border:1px dashed #c8ced6;text-align:center;color:#555}
            .headers td:first-child{white-space:nowrap;color:#555;font-weight:600}
            .headers td{font:13px ui-monospace,Menlo,Consolas,monospace;word-break:break-all}
            """;

    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private final HttpServer server;

    private final ExecutorService executor;

    private final MailStore store;

    private final String smtpAddress;

    private final ZoneId zone = ZoneId.systemDefault();

    private MailViewer(HttpServer server, ExecutorService executor, MailStore store, String smtpAddress) {
        this.server = server;
        this.executor = executor;
        this.store = store;
        this.smtpAddress = smtpAddress;
    }

    /**
     * Starts the web server.
     * @param host        bind address
     * @param port        the port, or 0 for any free port
     * @param store       the captured mail
     * @param smtpAddress shown on the empty page ({@code host:port} of the SMTP sink)
     */
    public static MailViewer start(String host, int port, MailStore store, String smtpAddress) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(host, port), 16);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not listen on " + host + ":" + port, ex);
        }
        AtomicInteger threads = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "mail-viewer-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        MailViewer viewer = new MailViewer(server, executor, store, smtpAddress);
        server.createContext("/", viewer::handle);
        server.setExecutor(executor);
        server.start();
        return viewer;
    }

    public int port() {
        return this.server.getAddress().getPort();
    }

    public URI uri() {
        String host = this.server.getAddress().getAddress().isAnyLocalAddress() ? "127.0.0.1"
                : this.server.getAddress().getHostString();
        return URI.create("http://" + host + ":" + port() + "/");
    }

    @Override
    public void close() {
        this.server.stop(0);
        this.executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!"GET".equals(method) && !"HEAD".equals(method)) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", bytes("Method not allowed"));
                return;
            }
            route(exchange, exchange.getRequestURI().getRawPath());
        }
        catch (RuntimeException ex) {
            log.warn("Mail viewer failed on {}: {}", exchange.getRequestURI(), ex.toString(), ex);
            try {
                send(exchange, 500, "text/plain; charset=utf-8", bytes("Internal error: " + ex));
            }
            catch (IOException | RuntimeException ignored) {
                // the response may already be under way
            }
        }
    }

    private void route(HttpExchange exchange, String rawPath) throws IOException {
        if ("/".equals(rawPath) || "/index.html".equals(rawPath)) {
            page(exchange, 200, "Captured mail", listPage(this.store.list()));
            return;
        }
        if ("/api/messages".equals(rawPath) || "/api/messages/".equals(rawPath)) {
            json(exchange, 200, listJson(this.store.list()));
            return;
        }
        Matcher api = API_MESSAGE.matcher(rawPath);
        if (api.matches()) {
            Optional<MailMessage> message = this.store.find(decodePath(api.group(1)));
            if (message.isPresent()) {
                json(exchange, 200, messageJson(message.get()));
            }
            else {
                json(exchange, 404, "{\"error\":\"no such message\"}");
            }
            return;
        }
        Matcher matcher = MESSAGE.matcher(rawPath);
        if (!matcher.matches()) {
            notFound(exchange);
            return;
        }
        String id = decodePath(matcher.group(1));
        String sub = matcher.group(2);
        if (sub == null) {
            Optional<MailMessage> message = this.store.find(id);
            if (message.isEmpty()) {
                notFound(exchange);
                return;
            }
            page(exchange, 200, message.get().subject().isEmpty() ? "(no subject)" : message.get().subject(),
                    messagePage(message.get()));
        }
        else if ("html".equals(sub)) {
            Optional<MailMessage> message = this.store.find(id);
            if (message.isEmpty() || message.get().html() == null) {
                notFound(exchange);
                return;
            }
            exchange.getResponseHeaders().set("Content-Security-Policy", MAIL_HTML_CSP);
            exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
            String html = "<!DOCTYPE html><base target=\"_blank\">" + rewriteCid(message.get().html());
            send(exchange, 200, "text/html; charset=utf-8", bytes(html));
        }
        else if ("raw".equals(sub)) {
            Optional<byte[]> raw = this.store.raw(id);
            if (raw.isEmpty()) {
                notFound(exchange);
                return;
            }
            exchange.getResponseHeaders().set("Content-Disposition", "inline; filename=\"" + id + ".eml\"");
            send(exchange, 200, "text/plain; charset=utf-8", raw.get());
        }
        else if (matcher.group(3) != null) {
            sendPart(exchange, id, Integer.parseInt(matcher.group(3)));
        }
        else {
            String cid = decodePath(matcher.group(4));
            Optional<Integer> index = this.store.find(id).flatMap(message -> message.parts().stream()
                    .filter(part -> cid.equals(part.contentId()))
                    .map(MailMessage.Attachment::index)
                    .findFirst());
            if (index.isEmpty()) {
                notFound(exchange);
                return;
            }
            sendPart(exchange, id, index.get());
        }
    }

    private void sendPart(HttpExchange exchange, String id, int index) throws IOException {
        Optional<MailStore.PartContent> part = this.store.part(id, index);
        if (part.isEmpty()) {
            notFound(exchange);
            return;
        }
        String type = part.get().contentType();
        boolean inline = (type.startsWith("image/") && !type.contains("svg")) || "application/pdf".equals(type)
                || "text/plain".equals(type);
        String fileName = part.get().fileName() == null ? "part-" + index : part.get().fileName();
        exchange.getResponseHeaders().set("Content-Disposition", (inline ? "inline" : "attachment")
                + "; filename*=UTF-8''" + Escape.url(fileName));
        exchange.getResponseHeaders().set("Content-Security-Policy", "sandbox");
        send(exchange, 200, "text/plain".equals(type) ? "text/plain; charset=utf-8" : type, part.get().bytes());
    }

    // ---------------------------------------------------------------- pages

    private String listPage(List<MailStore.MailSummary> messages) {
        StringBuilder html = new StringBuilder();
        html.append("<h1>Captured mail <small>(").append(messages.size()).append(")</small></h1>");
        if (messages.isEmpty()) {
            html.append("<div class=\"empty\">No mail captured yet. Everything sent to SMTP <code>")
                    .append(Escape.html(this.smtpAddress)).append("</code> shows up here, newest first.</div>");
            return html.toString();
        }
        html.append("<table><thead><tr><th>Date (").append(Escape.html(this.zone.getId()))
                .append(")</th><th>From</th><th>To</th><th>Subject</th></tr></thead><tbody>");
        for (MailStore.MailSummary message : messages) {
            String href = "/messages/" + Escape.url(message.id());
            Instant date = message.date() != null ? message.date() : message.receivedAt();
            html.append("<tr><td class=\"date\">").append(Escape.html(format(date))).append("</td><td>")
                    .append(Escape.html(message.from())).append("</td><td>")
                    .append(Escape.html(String.join(", ", message.to()))).append("</td><td><a href=\"")
                    .append(Escape.html(href)).append("\">")
                    .append(Escape.html(message.subject().isEmpty() ? "(no subject)" : message.subject()))
                    .append("</a></td></tr>");
        }
        return html.append("</tbody></table>").toString();
    }

    private String messagePage(MailMessage message) {
        String base = "/messages/" + Escape.url(message.id());
        StringBuilder html = new StringBuilder();
        html.append("<p><a href=\"/\">← all mail</a></p>");
        html.append("<h1>").append(Escape.html(message.subject().isEmpty() ? "(no subject)" : message.subject()))
                .append("</h1>");
        html.append("<dl class=\"meta\">");
        meta(html, "From", message.from());
        meta(html, "To", String.join(", ", message.to()));
        meta(html, "Date", message.date() == null ? "" : format(message.date()) + " " + this.zone.getId());
        meta(html, "Received", format(message.receivedAt()) + " " + this.zone.getId());
        html.append("<dt>Source</dt><dd><a href=\"").append(Escape.html(base + "/raw")).append("\">")
                .append(Escape.html(message.id() + ".eml")).append("</a> (").append(message.size())
                .append(" bytes)</dd></dl>");

        if (message.html() != null) {
            html.append("<h2>HTML part</h2><iframe sandbox=\"allow-popups allow-popups-to-escape-sandbox\" ")
                    .append("referrerpolicy=\"no-referrer\" title=\"HTML part\" src=\"")
                    .append(Escape.html(base + "/html")).append("\"></iframe>");
        }
        html.append("<h2>Text part</h2>");
        if (message.text() != null) {
            html.append("<pre>").append(linkify(message.text())).append("</pre>");
        }
        else {
            html.append("<p><em>none</em></p>");
        }
        List<MailMessage.Attachment> attachments = message.attachments();
        if (!attachments.isEmpty()) {
            html.append("<h2>Attachments</h2><table><thead><tr><th>Name</th><th>Type</th><th>Size</th>")
                    .append("<th>Content-ID</th></tr></thead><tbody>");
            for (MailMessage.Attachment part : attachments) {
                String name = part.fileName() != null ? part.fileName() : "part " + part.index();
                html.append("<tr><td><a href=\"").append(Escape.html(base + "/parts/" + part.index())).append("\">")
                        .append(Escape.html(name)).append("</a></td><td>").append(Escape.html(part.contentType()))
                        .append("</td><td>").append(part.size() < 0 ? "" : part.size() + " bytes")
                        .append("</td><td>").append(Escape.html(part.contentId())).append("</td></tr>");
            }
            html.append("</tbody></table>");
        }
        html.append("<h2>Headers</h2><table class=\"headers\"><tbody>");
        for (MailMessage.HeaderLine header : message.headers()) {
            html.append("<tr><td>").append(Escape.html(header.name())).append("</td><td>")
                    .append(Escape.html(header.value())).append("</td></tr>");
        }
        return html.append("</tbody></table>").toString();
    }

    private static void meta(StringBuilder html, String name, String value) {
        html.append("<dt>").append(Escape.html(name)).append("</dt><dd>").append(Escape.html(value)).append("</dd>");
    }

    /** Escapes text and turns http(s) URLs into links that open in a new tab. */
    static String linkify(String text) {
        StringBuilder out = new StringBuilder();
        Matcher matcher = URL_IN_TEXT.matcher(text);
        int last = 0;
        while (matcher.find()) {
            String url = matcher.group();
            // Trailing punctuation belongs to the sentence, not the URL.
            int end = url.length();
            while (end > 0 && ".,;:!?".indexOf(url.charAt(end - 1)) >= 0) {
                end--;
            }
            url = url.substring(0, end);
            out.append(Escape.html(text.substring(last, matcher.start())));
            out.append("<a target=\"_blank\" rel=\"noopener noreferrer\" href=\"").append(Escape.html(url))
                    .append("\">").append(Escape.html(url)).append("</a>");
            last = matcher.start() + url.length();
        }
        return out.append(Escape.html(text.substring(last))).toString();
    }

    /** {@code cid:x} in the HTML part becomes {@code cid/x}, relative to {@code /messages/{id}/html}. */
    static String rewriteCid(String html) {
        Matcher matcher = CID_REFERENCE.matcher(html);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement("cid/" + Escape.url(matcher.group(1))));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private String format(Instant instant) {
        return instant == null ? "" : DISPLAY.format(instant.atZone(this.zone));
    }

    // ---------------------------------------------------------------- JSON

    private static String listJson(List<MailStore.MailSummary> messages) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < messages.size(); i++) {
            MailStore.MailSummary message = messages.get(i);
            if (i > 0) {
                json.append(',');
            }
            json.append("{\"id\":").append(Escape.json(message.id()))
                    .append(",\"receivedAt\":").append(Escape.json(message.receivedAt().toString()))
                    .append(",\"date\":").append(Escape.json(message.date() == null ? null : message.date().toString()))
                    .append(",\"from\":").append(Escape.json(message.from()))
                    .append(",\"to\":").append(jsonArray(message.to()))
                    .append(",\"subject\":").append(Escape.json(message.subject())).append('}');
        }
        return json.append(']').toString();
    }

    private static String messageJson(MailMessage message) {
        StringBuilder json = new StringBuilder();
        json.append("{\"id\":").append(Escape.json(message.id()))
                .append(",\"receivedAt\":").append(Escape.json(message.receivedAt().toString()))
                .append(",\"date\":").append(Escape.json(message.date() == null ? null : message.date().toString()))
                .append(",\"from\":").append(Escape.json(message.from()))
                .append(",\"to\":").append(jsonArray(message.to()))
                .append(",\"subject\":").append(Escape.json(message.subject()))
                .append(",\"text\":").append(Escape.json(message.text()))
                .append(",\"html\":").append(Escape.json(message.html()))
                .append(",\"headers\":[");
        for (int i = 0; i < message.headers().size(); i++) {
            MailMessage.HeaderLine header = message.headers().get(i);
            json.append(i > 0 ? "," : "").append("{\"name\":").append(Escape.json(header.name()))
                    .append(",\"value\":").append(Escape.json(header.value())).append('}');
        }
        json.append("],\"attachments\":[");
        List<MailMessage.Attachment> attachments = message.attachments();
        for (int i = 0; i < attachments.size(); i++) {
            MailMessage.Attachment part = attachments.get(i);
            json.append(i > 0 ? "," : "").append("{\"index\":").append(part.index())
                    .append(",\"contentType\":").append(Escape.json(part.contentType()))
                    .append(",\"fileName\":").append(Escape.json(part.fileName()))
                    .append(",\"contentId\":").append(Escape.json(part.contentId()))
                    .append(",\"url\":").append(Escape.json("/messages/" + Escape.url(message.id()) + "/parts/" + part.index()))
                    .append('}');
        }
        return json.append("]}").toString();
    }

    private static String jsonArray(List<String> values) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            json.append(i > 0 ? "," : "").append(Escape.json(values.get(i)));
        }
        return json.append(']').toString();
    }

    // ---------------------------------------------------------------- HTTP

    private void page(HttpExchange exchange, int status, String title, String body) throws IOException {
        String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + Escape.html(title) + " · Démarche mail</title><style>" + STYLE + "</style></head><body>"
                + "<header><a href=\"/\">Démarche · captured mail</a><small>SMTP sink on "
                + Escape.html(this.smtpAddress) + "</small></header><main>" + body + "</main></body></html>";
        exchange.getResponseHeaders().set("Content-Security-Policy", PAGE_CSP);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        send(exchange, status, "text/html; charset=utf-8", bytes(html));
    }

    private static void json(HttpExchange exchange, int status, String json) throws IOException {
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        send(exchange, status, "application/json", bytes(json));
    }

    private void notFound(HttpExchange exchange) throws IOException {
        page(exchange, 404, "Not found", "<h1>Not found</h1><p><a href=\"/\">← all mail</a></p>");
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        if ("HEAD".equals(exchange.getRequestMethod())) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String decodePath(String segment) {
        return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
