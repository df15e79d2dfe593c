package org.demarche.intake.heads;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts the shipped list into the table at start-up, leaving alone every id already there: a
 * coordinator's correction or retirement outlives upgrades of the file, and a new release adds
 * the people it adds.
 */
@Component
class ShippedHeadsOfState {

    static final String RESOURCE = "/heads/heads-of-state.json";

    private final HeadsOfState heads;
    private final Clock clock;

    ShippedHeadsOfState(HeadsOfState heads, Clock clock) {
        this.heads = heads;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        read().forEach(head -> heads.insertIfAbsent(head, clock.instant()));
    }

    static List<HeadOfState> read() {
        try (InputStream in = ShippedHeadsOfState.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            List<HeadOfState> shipped = new ArrayList<>();
            for (JsonNode node : JsonMapper.builder().build().readTree(in).get("heads")) {
                List<String> aliases = new ArrayList<>();
                if (node.has("aliases")) {
                    node.get("aliases").forEach(alias -> aliases.add(alias.asString()));
                }
                shipped.add(new HeadOfState(node.get("id").asString(), node.get("name").asString(),
                        node.get("title").asString(), node.get("country").asString(), aliases,
                        !node.has("active") || node.get("active").asBoolean()));
            }
            return shipped;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }
}
