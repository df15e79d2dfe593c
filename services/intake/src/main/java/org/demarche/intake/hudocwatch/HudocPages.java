package org.demarche.intake.hudocwatch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;

import org.springframework.stereotype.Component;

/** Fetches one page of HUDOC's query API, within the configured timeouts. */
@Component
class HudocPages {

    /** A page of 500 full records is a few megabytes; an answer this large is not one. */
    static final int MAX_PAGE_BYTES = 20 * 1024 * 1024;

    private final HudocWatchProperties properties;
    private final HttpClient http;

    HudocPages(HudocWatchProperties properties) {
        this.properties = properties;
        this.http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** @throws PollFailedException for an answer other than 2xx, a timeout, or no answer at all */
    byte[] fetch(URI page) {
        HttpRequest request = HttpRequest.newBuilder(page).timeout(properties.readTimeout())
                .header("Accept", "application/json")
                .header("User-Agent", "Demarche-intake HUDOC watcher")
                .GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() / 100 != 2) {
                    throw new PollFailedException(page.getHost() + " answered HTTP " + response.statusCode());
                }
                byte[] content = body.readNBytes(MAX_PAGE_BYTES + 1);
                if (content.length > MAX_PAGE_BYTES) {
                    throw new PollFailedException(page.getHost() + " answered more than " + MAX_PAGE_BYTES
                            + " bytes for one page");
                }
                return content;
            }
        } catch (HttpTimeoutException e) {
            throw new PollFailedException(page.getHost() + " did not answer within " + properties.readTimeout());
        } catch (IOException e) {
            throw new PollFailedException("could not fetch a page from " + page.getHost() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PollFailedException("interrupted while fetching a page from " + page.getHost());
        }
    }
}
