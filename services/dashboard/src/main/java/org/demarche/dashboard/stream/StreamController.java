package org.demarche.dashboard.stream;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code GET /api/stream}: server-sent events as the read model changes. Each event is named
 * {@code campaign} and carries the campaign's overview, the element shape of
 * {@code GET /api/campaigns}; comments keep the connection alive.
 */
@RestController
class StreamController {

    private final CampaignStream stream;

    StreamController(CampaignStream stream) {
        this.stream = stream;
    }

    @GetMapping(path = "/api/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream() {
        return stream.connect();
    }
}
