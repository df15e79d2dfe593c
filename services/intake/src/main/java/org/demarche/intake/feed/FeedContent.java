package org.demarche.intake.feed;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.stereotype.Component;

/**
 * Fetches what a feed holds now: over HTTP with the validators of the last fetch (a 304 means
 * nothing changed), or from its file under the feeds folder.
 */
@Component
class FeedContent {

    /** What a fetch brought: nothing new, or the content with the validators to send next time. */
    record Fetched(boolean notModified, byte[] content, Feeds.Validators validators) {
    }

    /** A fetch that failed, with a reason a coordinator can act on. */
    static class FetchFailedException extends RuntimeException {
        FetchFailedException(String reason) {
            super(reason);
        }
    }

    private final FeedProperties properties;
    private final HttpClient http;

    FeedContent(FeedProperties properties) {
        this.properties = properties;
        this.http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    Fetched fetch(Feed feed, Feeds.Validators last) {
        return feed.url() != null ? fetchUrl(feed.url(), last) : fetchFile(feed.path());
    }

    private Fetched fetchUrl(String url, Feeds.Validators last) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(properties.readTimeout())
                .header("Accept", "text/calendar, application/json;q=0.9, */*;q=0.1")
                .header("User-Agent", "Demarche-intake feed poller");
        if (last.etag() != null) {
            request.header("If-None-Match", last.etag());
        }
        if (last.lastModified() != null) {
            request.header("If-Modified-Since", last.lastModified());
        }
        try {
            HttpResponse<InputStream> response = http.send(request.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() == 304) {
                    return new Fetched(true, null, null);
                }
                if (response.statusCode() / 100 != 2) {
                    throw new FetchFailedException(url + " answered HTTP " + response.statusCode());
                }
                byte[] content = limited(body, url);
                return new Fetched(false, content, new Feeds.Validators(
                        response.headers().firstValue("ETag").orElse(null),
                        response.headers().firstValue("Last-Modified").orElse(null), hash(content)));
            }
        } catch (IOException e) {
            throw new FetchFailedException("could not fetch " + url + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchFailedException("interrupted while fetching " + url);
        }
    }

    private Fetched fetchFile(String path) {
        Path file = resolve(properties.directory(), path);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] content = limited(in, path);
            return new Fetched(false, content, new Feeds.Validators(null, null, hash(content)));
        } catch (IOException e) {
            throw new FetchFailedException("could not read " + path + " in the feeds folder (" + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * The file a feed's path names, which must lie inside the feeds folder: coordinators subscribe
     * to files put there for the purpose, not to anything the service can read.
     *
     * @throws IllegalArgumentException for a path outside the folder
     */
    static Path resolve(Path directory, String path) {
        Path root = directory.toAbsolutePath().normalize();
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new IllegalArgumentException("'" + path + "' is not a file inside the feeds folder " + root);
        }
        return file;
    }

    private byte[] limited(InputStream in, String source) throws IOException {
        long max = properties.maxSize().toBytes();
        byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (content.length > max) {
            throw new FetchFailedException(source + " holds more than " + properties.maxSize() + "; not imported");
        }
        return content;
    }

    static String hash(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

}
