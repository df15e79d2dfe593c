package org.demarche.outreach.finalletter;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.demarche.outreach.OutreachProperties;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Fetches the published letter's PDF from the URL the distribution names (the campaigns service's
 * {@code GET /letters/{id}.pdf}, open to anyone), with timeouts, so that a stalled server
 * holds a listener for a bounded time.
 */
@Component
class PublishedLetters {

    /** A letter with a few dozen signature images stays far below this. */
    static final int MAX_PDF_BYTES = 20 * 1024 * 1024;
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private final RestClient http;

    PublishedLetters(OutreachProperties properties) {
        var timeouts = properties.letterFetch();
        var client = HttpClient.newBuilder()
                .connectTimeout(timeouts.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        var requests = new JdkClientHttpRequestFactory(client);
        requests.setReadTimeout(timeouts.readTimeout());
        this.http = RestClient.builder().requestFactory(requests).build();
    }

    /**
     * The PDF at {@code url}.
     *
     * @throws LetterUnavailableException when the server cannot be reached, answers with an error or not with a PDF
     * @throws IllegalArgumentException   when {@code url} is not an absolute http(s) URL: no retry can help
     */
    byte[] pdf(String url) {
        URI uri = URI.create(url);
        if (!uri.isAbsolute() || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
            throw new IllegalArgumentException("letterUrl must be an absolute http(s) URL, was '" + url + "'");
        }
        byte[] body;
        try {
            body = http.get().uri(uri).accept(MediaType.APPLICATION_PDF).exchange((request, response) -> {
                if (!response.getStatusCode().is2xxSuccessful()) {
                    throw new LetterUnavailableException("GET " + url + " answered " + response.getStatusCode());
                }
                try (InputStream in = response.getBody()) {
                    return in.readNBytes(MAX_PDF_BYTES + 1);
                }
            });
        } catch (RestClientException e) {
            throw new LetterUnavailableException("GET " + url + " failed: " + e.getMessage(), e);
        }
        if (body == null || body.length > MAX_PDF_BYTES) {
            throw new LetterUnavailableException("GET " + url + " returned more than " + MAX_PDF_BYTES + " bytes");
        }
        if (body.length < PDF_MAGIC.length || !Arrays.equals(body, 0, PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length)) {
            throw new LetterUnavailableException("GET " + url + " did not return a PDF");
        }
        return body;
    }
}
